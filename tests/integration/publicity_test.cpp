// 公示 (指南第八条(四)): objections registered and resolved by the province, admission only after the fifth
// working day. The workflow's "today" moves on by restarting the server on the same data directory.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

// The newest inbox title of the application's owner.
std::string latestInboxTitle(Demo& demo, const std::string& owner) {
  auto inbox = demo.as(owner).get("/api/v1/inbox");
  REQUIRE(inbox.status == 200);
  REQUIRE(!inbox.json["items"].empty());
  return inbox.json["items"][0]["title"];
}

}  // namespace

TEST_CASE("a 公示 objection not upheld puts the application back in 公示 with its dates unchanged",
          "[review][publicity]") {
  Demo demo;
  const auto id = demo.firstIn("province", "in_publicity");
  const std::string owner = demo.usccOf(id);
  const auto published = demo.snapshot(id)["workflow"];

  // Registering an objection: the province only, and only with its content.
  checkRefusals(demo, id, {{"province", {"raise_objection", "admit"}}}, {owner});
  const auto before = demo.snapshot(id);
  auto empty = demo.act("province", id, {{"action", "raise_objection"}});
  CHECK(empty.status == 422);
  CHECK(contains(empty.json["message"], "异议内容"));
  CHECK(demo.snapshot(id) == before);
  auto raised =
      demo.act("province", id, {{"action", "raise_objection"}, {"reason", "有群众反映该机构专家名单中3人已离职"}});
  REQUIRE(raised.status == 200);
  CHECK(raised.json["state"]["code"] == "objection_pending");
  REQUIRE(raised.json["workflow"]["objections"].size() == 1);
  CHECK(raised.json["workflow"]["objections"][0]["content"] == "有群众反映该机构专家名单中3人已离职");
  CHECK(raised.json["workflow"]["objections"][0]["raisedOn"] == "2026-04-20");
  CHECK(raised.json["workflow"]["objections"][0]["resolved"] == false);
  CHECK(contains(latestInboxTitle(demo, owner), "登记公示异议"));

  // While it is open nobody admits; only the province resolves it, with its findings.
  checkRefusals(demo, id, {{"province", {"resolve_objection"}}}, {owner});
  auto admit = demo.act("province", id, {{"action", "admit"}});
  CHECK(admit.status == 403);
  CHECK(contains(admit.json["message"], "异议尚未处理"));
  const auto pending = demo.snapshot(id);
  auto noFindings = demo.act("province", id, {{"action", "resolve_objection"}, {"objectionUpheld", false}});
  CHECK(noFindings.status == 422);
  CHECK(contains(noFindings.json["message"], "处理意见"));
  CHECK(demo.snapshot(id) == pending);

  auto resolved = demo.act(
      "province", id,
      {{"action", "resolve_objection"}, {"objectionUpheld", false}, {"reason", "经核实3人均在职，异议不成立"}});
  REQUIRE(resolved.status == 200);
  CHECK(resolved.json["state"]["code"] == "in_publicity");
  const auto objection = resolved.json["workflow"]["objections"][0];
  CHECK(objection["resolved"] == true);
  CHECK(objection["upheld"] == false);
  CHECK(objection["resolution"] == "经核实3人均在职，异议不成立");
  CHECK(objection["resolvedOn"] == "2026-04-20");
  CHECK(resolved.json["workflow"]["publicityStart"] == published["publicityStart"]);
  CHECK(resolved.json["workflow"]["publicityEnd"] == published["publicityEnd"]);
  CHECK(resolved.json["workflow"]["decisionReason"] == "");
  CHECK(contains(latestInboxTitle(demo, owner), "处理公示异议"));
  CHECK(contains(latestInboxTitle(demo, owner), "公示中"));
  // Back on track: the same choices as before the objection.
  checkRefusals(demo, id, {{"province", {"raise_objection", "admit"}}}, {owner});
  auto history = demo.as(owner).get("/api/v1/applications/" + std::to_string(id) + "/history").json["items"];
  int objectionRows = 0;
  for (const auto& h : history) objectionRows += h["event"] == "raise_objection" || h["event"] == "resolve_objection";
  CHECK(objectionRows == 2);
}

TEST_CASE("a 公示 objection upheld closes the application as 未通过 for good", "[review][publicity]") {
  Demo demo;
  const auto id = demo.firstIn("province", "objection_pending");
  const std::string owner = demo.usccOf(id);
  checkRefusals(demo, id, {{"province", {"resolve_objection"}}}, {owner});

  auto upheld = demo.act(
      "province", id,
      {{"action", "resolve_objection"}, {"objectionUpheld", true}, {"reason", "经实地核查，服务场地面积与申报不符"}});
  REQUIRE(upheld.status == 200);
  CHECK(upheld.json["state"]["code"] == "rejected");
  CHECK(upheld.json["workflow"]["objections"].back()["upheld"] == true);
  CHECK(upheld.json["workflow"]["decisionReason"] == "公示异议成立：经实地核查，服务场地面积与申报不符");
  CHECK(upheld.json["workflow"]["closedOn"] == "2026-04-20");
  CHECK(upheld.json["holdingUnit"] == "");
  CHECK(contains(latestInboxTitle(demo, owner), "未通过"));

  // Closed: nobody acts on it any more, and the applicant cannot edit or resubmit it.
  checkRefusals(demo, id, {}, {owner});
  const std::string base = "/api/v1/applications/" + std::to_string(id);
  CHECK(demo.as(owner).get(base + "/draft").json["editable"] == false);
  auto resubmit = demo.as(owner).post(base + "/submit");
  CHECK(resubmit.status == 409);
  CHECK(resubmit.json["error"] == "not_editable");
  CHECK(demo.stateOf(id) == "rejected");
}

TEST_CASE("admission only after the fifth working day of 公示, and objections outside 公示 are not registered",
          "[review][publicity]") {
  Demo demo("2026-04-29");
  const auto id = demo.firstIn("province", "province_approved");
  const std::string owner = demo.usccOf(id);
  // The 公示 batch is the province's alone: every other account is refused and nothing changes.
  const std::vector<std::string> others = {"xiaodian", "yingze", "taiyuan", "zonggai", "department", "admin", owner};
  for (const auto& account : others) demo.as(account);  // sign-ins are audited: before the count
  const auto approved = demo.snapshot(id);
  const auto audit = demo.auditCount();
  for (const auto& account : others) {
    auto r = demo.as(account).post("/api/v1/publicity", {{"ids", {id}}, {"startDate", "2026-04-29"}});
    INFO(account << " → " << r.body);
    CHECK(r.status == 403);
  }
  CHECK(demo.snapshot(id) == approved);
  CHECK(demo.auditCount() == audit);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", {id}}, {"startDate", "2026-04-29"}});
  REQUIRE(published.status == 200);
  // Five working days, publication day counted, across 劳动节 (5/1–5/5): 4/29, 4/30, 5/6, 5/7, 5/8.
  REQUIRE(published.json["endDate"] == "2026-05-08");

  // During 公示: only the province may admit, and not yet.
  checkRefusals(demo, id, {{"province", {"raise_objection", "admit"}}}, {owner});
  const auto before = demo.snapshot(id);
  auto early = demo.act("province", id, {{"action", "admit"}});
  CHECK(early.status == 422);
  CHECK(early.json["error"] == "action_invalid");
  CHECK(contains(early.json["message"], "2026-05-09及以后"));
  CHECK(demo.snapshot(id) == before);

  // The last day of 公示 is still 公示.
  demo.restartOn("2026-05-08");
  CHECK(demo.act("province", id, {{"action", "admit"}}).status == 422);
  CHECK(demo.snapshot(id) == before);

  // The day after (a Saturday worked in exchange for 劳动节): an objection is too late, admission goes through.
  demo.restartOn("2026-05-09");
  auto late = demo.act("province", id, {{"action", "raise_objection"}, {"reason", "逾期反映的问题"}});
  CHECK(late.status == 422);
  CHECK(contains(late.json["message"], "公示期外的异议不予登记"));
  CHECK(demo.snapshot(id) == before);
  checkRefusals(demo, id, {{"province", {"raise_objection", "admit"}}}, {owner});
  auto admitted = demo.act("province", id, {{"action", "admit"}});
  REQUIRE(admitted.status == 200);
  CHECK(admitted.json["state"]["code"] == "admitted");
  CHECK(admitted.json["workflow"]["admittedOn"] == "2026-05-09");
  CHECK(contains(latestInboxTitle(demo, owner), "纳入资源库"));
  auto inPool = demo.queue("province", "&state=admitted");
  bool listed = false;
  for (const auto& item : inPool["items"]) listed = listed || item["id"] == id;
  CHECK(listed);
  // Admitted: only the province may remove it.
  checkRefusals(demo, id, {{"province", {"remove"}}}, {owner});
}

TEST_CASE("a 公示 batch published ahead of its start date says when it starts and an early admission names the period",
          "[review][publicity]") {
  Demo demo;  // today 2026-04-20 (a Monday)
  const auto id = demo.firstIn("province", "province_approved");
  auto published = demo.as("province")
                       .post("/api/v1/publicity", {{"ids", nlohmann::json::array({id})}, {"startDate", "2026-04-22"}});
  REQUIRE(published.status == 200);
  CHECK(published.json["startDate"] == "2026-04-22");
  CHECK(published.json["endDate"] == "2026-04-28");
  auto detail = demo.as("province").get("/api/v1/applications/" + std::to_string(id));
  CHECK(detail.json["nextStep"] == "公示将于2026年4月22日开始，至2026年4月28日结束");
  auto early = demo.act("province", id, {{"action", "admit"}});
  CHECK(early.status == 422);
  CHECK(contains(early.json["message"], "2026-04-22至2026-04-28"));
  CHECK(contains(early.json["message"], "2026-04-29及以后"));
  CHECK(!contains(early.json["message"], "系统日期"));
  demo.restartOn("2026-04-23");
  CHECK(demo.as("province").get("/api/v1/applications/" + std::to_string(id)).json["nextStep"] ==
        "公示中（2026年4月22日至2026年4月28日）");
  demo.restartOn("2026-04-29");
  CHECK(demo.act("province", id, {{"action", "admit"}}).status == 200);
}
