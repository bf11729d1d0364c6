// 指南第十二条: removal from the pool by the province, and the 2-year ban on re-entry that some reasons carry.
// The workflow's "today" moves on by restarting the server on the same data directory.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

// The 6-7 re-entry ban finding of POST …/validate, or null.
nlohmann::json banFinding(Demo& demo, const std::string& owner, std::int64_t id) {
  auto r = demo.as(owner).post("/api/v1/applications/" + std::to_string(id) + "/validate");
  REQUIRE(r.status == 200);
  for (const auto& f : r.json["findings"])
    if (f["rule"] == "6-7.reentry-ban") return f;
  return nullptr;
}

}  // namespace

TEST_CASE(
    "an institution removed under 第十二条 with a ban cannot submit for 2 years, and nothing changes when it tries",
    "[review][removal]") {
  Demo demo("2026-04-20");
  const auto admitted = demo.queue("province", "&state=admitted")["items"];
  REQUIRE(admitted.size() >= 2);
  const std::int64_t id = admitted[0]["id"];
  const std::int64_t other = admitted[1]["id"];
  const std::string owner = demo.usccOf(id);
  const std::string base = "/api/v1/applications/" + std::to_string(id);

  // Removal: the province only, and only with a 第十二条 reason.
  checkRefusals(demo, id, {{"province", {"remove"}}}, {owner});
  const auto before = demo.snapshot(id);
  auto noReason = demo.act("province", id, {{"action", "remove"}, {"reason", "抽查发现问题"}});
  CHECK(noReason.status == 422);
  CHECK(contains(noReason.json["message"], "移出原因"));
  auto unknown = demo.act("province", id, {{"action", "remove"}, {"removalReason", "not_a_reason"}});
  CHECK(unknown.status == 400);
  CHECK(unknown.json["fields"][0]["path"] == "removalReason");
  CHECK(demo.snapshot(id) == before);

  auto removed =
      demo.act("province", id,
               {{"action", "remove"}, {"removalReason", "data_fraud"}, {"reason", "服务企业名单中有6家无法核实"}});
  REQUIRE(removed.status == 200);
  CHECK(removed.json["state"]["code"] == "removed");
  CHECK(removed.json["workflow"]["removalReason"] == "data_fraud");
  CHECK(contains(removed.json["workflow"]["decisionReason"], "数据造假"));
  CHECK(removed.json["workflow"]["closedOn"] == "2026-04-20");
  checkRefusals(demo, id, {}, {owner});

  // The removed institution tries again: refused with the ban and its end date, and nothing changes.
  const auto removedSnapshot = demo.snapshot(id);
  const auto audit = demo.auditCount();
  auto& applicant = demo.as(owner);
  const auto draft = applicant.get(base + "/draft").json;
  CHECK(draft["editable"] == false);
  auto submit = applicant.post(base + "/submit", {{"revision", draft["revision"]}});
  CHECK(submit.status == 409);
  CHECK(submit.json["error"] == "reentry_banned");
  CHECK(contains(submit.json["message"], "第十二条"));
  CHECK(contains(submit.json["message"], "2028-04-20起方可重新申请"));
  auto doc = draft["document"];
  doc["basic"]["address"] = "太原市小店区新地址1号";
  auto edit = applicant.put(base + "/draft", {{"baseRevision", draft["revision"]}, {"document", doc}});
  CHECK(edit.status == 409);
  CHECK(edit.json["error"] == "not_editable");
  auto reopened = applicant.post("/api/v1/applications");
  CHECK(reopened.status == 200);
  CHECK(reopened.json["id"] == id);  // no second application this round
  CHECK(reopened.json["editable"] == false);
  auto ban = banFinding(demo, owner, id);
  REQUIRE(ban.is_object());
  CHECK(ban["path"] == "basic.uscc");
  CHECK(ban["severity"] == "error");
  CHECK(contains(ban["message"], "2028-04-20起方可重新申请"));
  CHECK(demo.snapshot(id) == removedSnapshot);
  CHECK(demo.auditCount() == audit);

  // A removal without a ban (第十二条 first paragraph: 年度评价不符合要求) closes the application but bars nothing.
  const std::string otherOwner = demo.usccOf(other);
  auto plain = demo.act("province", other, {{"action", "remove"}, {"removalReason", "evaluation_failed"}});
  REQUIRE(plain.status == 200);
  CHECK(banFinding(demo, otherOwner, other).is_null());
  const std::string otherBase = "/api/v1/applications/" + std::to_string(other);
  const auto otherRevision = demo.as(otherOwner).get(otherBase + "/draft").json["revision"];
  // (A retry of the revision once submitted is no accepted submission once the case is closed.)
  auto plainSubmit = demo.as(otherOwner).post(otherBase + "/submit", {{"revision", otherRevision}});
  CHECK(plainSubmit.status == 409);
  CHECK(plainSubmit.json["error"] == "not_editable");
  CHECK_FALSE(contains(plainSubmit.json["message"], "第十二条"));

  // A year on: still barred.
  demo.restartOn("2027-04-20");
  CHECK(banFinding(demo, owner, id).is_object());
  CHECK(demo.as(owner).post(base + "/submit").json["error"] == "reentry_banned");

  // Two years on the ban has run out. The 2026 round has long closed, so this application stays closed.
  demo.restartOn("2028-04-20");
  CHECK(banFinding(demo, owner, id).is_null());
  auto after = demo.as(owner).post(base + "/submit");
  CHECK(after.status == 409);
  CHECK(after.json["error"] == "not_editable");
  CHECK(demo.stateOf(id) == "removed");
}
