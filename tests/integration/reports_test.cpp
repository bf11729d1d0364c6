// 指南第十、十一条 after admission: quarterly service reports, the per-period overview, the 通报 list, the removal
// proposal the province confirms or dismisses, and major-change reports verified by the unit that routed the
// application. The demo's three admitted institutions (admitted 2026-04-10: via 小店区/太原市, 综改区, 省级主管部门)
// report or miss; the demo clock moves on by restarting the server on the same data directory with a later --today.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

// The admitted application routed by `routingKind` (county | reform_zone | department).
std::int64_t admittedVia(Demo& demo, const std::string& routingKind) {
  const auto queue = demo.queue("admin", "&state=admitted");  // kept: the loop must not read a destroyed temporary
  for (const auto& item : queue["items"])
    if (item["routingKind"] == routingKind) return item["id"];
  FAIL("no admitted application routed via " << routingKind);
  return 0;
}

std::string reportsPath(std::int64_t id) { return "/api/v1/applications/" + std::to_string(id) + "/service-reports"; }
std::string changesPath(std::int64_t id) { return "/api/v1/applications/" + std::to_string(id) + "/change-reports"; }
std::string proposalPath(std::int64_t id) { return "/api/v1/applications/" + std::to_string(id) + "/removal-proposal"; }

nlohmann::json aReport() {
  return {{"enterprisesServed", 35}, {"activities", 4}, {"publicServices", 12},
          {"income", "18.50"},       {"cases", 2},      {"summary", "本季度开展数字化诊断服务35家"}};
}

bool listed(const nlohmann::json& items, std::int64_t id) {
  for (const auto& i : items)
    if (i["applicationId"] == id) return true;
  return false;
}

// What a refusal must leave as it was: the owner's reporting, the audit log.
struct Unchanged {
  Demo& demo;
  std::string owner;
  nlohmann::json mine;
  size_t audit;
  Unchanged(Demo& d, std::string o) : demo(d), owner(std::move(o)) {
    demo.as(owner);
    mine = demo.as(owner).get("/api/v1/reports/mine").json;
    audit = demo.auditCount();
  }
  void check() {
    CHECK(demo.as(owner).get("/api/v1/reports/mine").json == mine);
    CHECK(demo.auditCount() == audit);
  }
};

}  // namespace

TEST_CASE("an admitted institution files its quarterly report for the open period, and refusals change nothing",
          "[reports][quarterly]") {
  Demo demo("2026-04-20");
  const auto id = admittedVia(demo, "county");
  const auto other = admittedVia(demo, "reform_zone");
  const auto owner = demo.usccOf(id);
  const auto otherOwner = demo.usccOf(other);

  auto mine = demo.as(owner).get("/api/v1/reports/mine");
  REQUIRE(mine.status == 200);
  REQUIRE(mine.json["items"].size() == 1);
  CHECK(mine.json["items"][0]["admittedOn"] == "2026-04-10");
  CHECK(mine.json["items"][0]["currentDue"] == "2026-06-15");
  CHECK(mine.json["items"][0]["overdue"].empty());
  CHECK(contains(mine.json["items"][0]["message"], "2026-06-15前报送"));

  for (const auto& reviewer : kReviewers) demo.as(reviewer);
  demo.as(otherOwner);  // sign-ins are audited: before the count
  Unchanged before(demo, owner);
  SECTION("should reject if the user cannot file for this institution (reviewers, another institution)") {
    for (const auto& account : std::vector<std::string>{"taiyuan", "xiaodian", "province", "admin", otherOwner}) {
      INFO(account);
      auto r = demo.as(account).post(reportsPath(id), aReport());
      CHECK(r.status == 403);
      CHECK(contains(r.json["message"], "入库机构本身"));
    }
    before.check();
  }
  SECTION("should reject a closed period as too late, a period not begun, and a body with bad fields") {
    auto body = aReport();
    body["periodDue"] = "2026-03-15";
    auto late = demo.as(owner).post(reportsPath(id), body);
    CHECK(late.status == 409);
    CHECK(late.json["error"] == "too_late");
    CHECK(contains(late.json["message"], "不能补报"));
    body["periodDue"] = "2026-09-15";
    auto early = demo.as(owner).post(reportsPath(id), body);
    CHECK(early.status == 422);
    CHECK(contains(early.json["message"], "只能报送当前周期（2026-06-15截止）"));
    body["periodDue"] = "2026-06-14";
    CHECK(demo.as(owner).post(reportsPath(id), body).status == 422);
    auto negative = aReport();
    negative["enterprisesServed"] = -1;
    auto bad = demo.as(owner).post(reportsPath(id), negative);
    CHECK(bad.status == 400);
    CHECK(bad.json["fields"][0]["path"] == "enterprisesServed");
    auto noIncome = aReport();
    noIncome.erase("income");
    auto missing = demo.as(owner).post(reportsPath(id), noIncome);
    CHECK(missing.status == 400);
    CHECK(contains(missing.json["message"], "服务收入"));
    before.check();
  }
  SECTION("should reject an application that is not in the pool") {
    const auto atCounty = demo.firstIn("xiaodian", "at_county");
    const auto applicant = demo.usccOf(atCounty);
    Unchanged still(demo, applicant);
    auto r = demo.as(applicant).post(reportsPath(atCounty), aReport());
    CHECK(r.status == 409);
    CHECK(r.json["error"] == "not_admitted");
    still.check();
  }
  SECTION("files once per period; the overview shows who reported, in each unit's jurisdiction") {
    auto filed = demo.as(owner).post(reportsPath(id), aReport());
    REQUIRE(filed.status == 201);
    CHECK(filed.json["periodDue"] == "2026-06-15");
    CHECK(filed.json["filedOn"] == "2026-04-20");
    CHECK(filed.json["income"] == "18.50");
    CHECK(demo.auditCount() == before.audit + 1);
    auto again = demo.as(owner).post(reportsPath(id), aReport());
    CHECK(again.status == 409);
    CHECK(again.json["error"] == "already_reported");
    mine = demo.as(owner).get("/api/v1/reports/mine");
    CHECK(mine.json["items"][0]["currentReported"] == true);
    CHECK(mine.json["items"][0]["reports"].size() == 1);

    auto city = demo.as("taiyuan").get("/api/v1/reports/overview");
    REQUIRE(city.status == 200);
    CHECK(city.json["due"] == "2026-06-15");
    REQUIRE(city.json["rows"].size() == 1);  // only the one routed through 太原市
    CHECK(city.json["rows"][0]["applicationId"] == id);
    CHECK(city.json["rows"][0]["reported"] == true);
    auto province = demo.as("province").get("/api/v1/reports/overview?due=2026-06-15");
    CHECK(province.json["rows"].size() == 3);
    CHECK(province.json["reported"] == 1);
    CHECK(province.json["missing"] == 2);
    auto zone = demo.as("zonggai").get("/api/v1/reports/overview");
    CHECK_FALSE(listed(zone.json["rows"], id));
    CHECK(listed(zone.json["rows"], other));
    CHECK(demo.as(owner).get("/api/v1/reports/overview").status == 403);
    CHECK(demo.as("province").get("/api/v1/reports/overview?due=2026-06-16").status == 400);
  }
}

TEST_CASE(
    "two missed periods put an institution on the 通报 list the province publishes and three make a removal "
    "proposal the province confirms or dismisses",
    "[reports][quarterly][notice]") {
  Demo demo("2026-04-20");
  const auto a = admittedVia(demo, "county");
  const auto b = admittedVia(demo, "reform_zone");
  const auto c = admittedVia(demo, "department");
  REQUIRE(demo.as(demo.usccOf(a)).post(reportsPath(a), aReport()).status == 201);

  demo.restartOn("2026-09-20");  // 6/15 and 9/15 have closed: a reported once, b and c never
  auto view = demo.as("province").get("/api/v1/reports/overview");
  REQUIRE(view.status == 200);
  CHECK(view.json["due"] == "2026-09-15");
  CHECK(listed(view.json["noticeCandidates"], b));
  CHECK(listed(view.json["noticeCandidates"], c));
  CHECK_FALSE(listed(view.json["noticeCandidates"], a));
  CHECK(view.json["proposals"].empty());
  auto mineB = demo.as(demo.usccOf(b)).get("/api/v1/reports/mine").json["items"][0];
  CHECK(mineB["overdue"] == nlohmann::json::array({"2026-06-15", "2026-09-15"}));
  CHECK(mineB["consequence"]["code"] == "notice");
  CHECK(mineB["currentDue"] == "2026-12-15");

  SECTION("should reject if the user cannot publish the 通报 list (only the province)") {
    for (const auto& reviewer : kReviewers) demo.as(reviewer);
    const auto audit = demo.auditCount();
    for (const auto& account : std::vector<std::string>{"taiyuan", "xiaodian", "zonggai", "admin"}) {
      INFO(account);
      CHECK(demo.as(account).post("/api/v1/reports/notices").status == 403);
    }
    CHECK(demo.auditCount() == audit);
    CHECK(demo.as("province").get("/api/v1/reports/notices").json["items"].empty());
  }
  SECTION("the province publishes; the list is kept and readable") {
    auto published = demo.as("province").post("/api/v1/reports/notices");
    REQUIRE(published.status == 201);
    CHECK(published.json["publishedOn"] == "2026-09-20");
    CHECK(published.json["entries"].size() == 2);
    auto lists = demo.as("taiyuan").get("/api/v1/reports/notices");
    REQUIRE(lists.json["items"].size() == 1);
    CHECK(lists.json["items"][0]["entries"][0]["misses"] == 2);
    CHECK(lists.json["items"][0]["entries"][0]["missedDues"] == nlohmann::json::array({"2026-06-15", "2026-09-15"}));
    // Two misses are not three: no proposal to decide yet.
    auto early = demo.as("province").post(proposalPath(b), {{"decision", "confirm"}});
    CHECK(early.status == 409);
    CHECK(early.json["error"] == "no_proposal");
  }
  SECTION("after a third miss the province confirms one removal and dismisses another") {
    demo.restartOn("2026-12-20");
    auto proposals = demo.as("province").get("/api/v1/reports/overview").json["proposals"];
    CHECK(listed(proposals, b));
    CHECK(listed(proposals, c));
    CHECK_FALSE(listed(proposals, a));
    for (const auto& reviewer : kReviewers) demo.as(reviewer);
    demo.as(demo.usccOf(c));
    const auto before = demo.snapshot(c);
    const auto audit = demo.auditCount();
    for (const auto& account : std::vector<std::string>{"taiyuan", "zonggai", "department", "admin", demo.usccOf(c)}) {
      INFO(account);
      CHECK(demo.as(account).post(proposalPath(c), {{"decision", "confirm"}}).status == 403);
    }
    auto noNote = demo.as("province").post(proposalPath(b), {{"decision", "dismiss"}});
    CHECK(noNote.status == 400);
    CHECK(noNote.json["fields"][0]["path"] == "note");
    CHECK(demo.as("province").post(proposalPath(b), {{"decision", "maybe"}}).status == 400);
    CHECK(demo.snapshot(c) == before);
    CHECK(demo.auditCount() == audit);

    auto removed = demo.as("province").post(proposalPath(c), {{"decision", "confirm"}});
    REQUIRE(removed.status == 200);
    CHECK(removed.json["state"]["code"] == "removed");
    CHECK(removed.json["workflow"]["removalReason"] == "missed_reports");
    CHECK(demo.stateOf(c) == "removed");
    auto twice = demo.as("province").post(proposalPath(c), {{"decision", "confirm"}});
    CHECK(twice.status == 409);

    auto dismissed =
        demo.as("province").post(proposalPath(b), {{"decision", "dismiss"}, {"note", "系统故障未能报送，已补充说明"}});
    REQUIRE(dismissed.status == 200);
    CHECK(dismissed.json["state"]["code"] == "admitted");
    proposals = demo.as("province").get("/api/v1/reports/overview").json["proposals"];
    CHECK_FALSE(listed(proposals, b));
    CHECK_FALSE(listed(proposals, c));
    // Still not reporting: the next miss makes a new proposal.
    demo.restartOn("2027-03-20");
    CHECK(listed(demo.as("province").get("/api/v1/reports/overview").json["proposals"], b));
  }
}

TEST_CASE("a major change is reported within 3 months and verified by the unit that routed the application",
          "[reports][change]") {
  Demo demo("2026-04-20");
  const auto a = admittedVia(demo, "county");       // routed via 小店区 → verified by 太原市
  const auto b = admittedVia(demo, "reform_zone");  // verified by 综改区
  const auto ownerA = demo.usccOf(a);
  const auto ownerB = demo.usccOf(b);
  for (const auto& reviewer : kReviewers) demo.as(reviewer);
  const nlohmann::json rename = {{"kind", "rename"},
                                 {"changeDate", "2026-04-15"},
                                 {"description", "经市场监管部门核准更名"},
                                 {"newName", "太原新名称科技服务有限公司"}};

  SECTION("should reject if the user cannot report for this institution, or the report is incomplete") {
    demo.as(ownerB);
    Unchanged before(demo, ownerA);
    for (const auto& account : std::vector<std::string>{"taiyuan", "province", ownerB}) {
      INFO(account);
      CHECK(demo.as(account).post(changesPath(a), rename).status == 403);
    }
    auto future = rename;
    future["changeDate"] = "2026-05-01";
    auto r = demo.as(ownerA).post(changesPath(a), future);
    CHECK(r.status == 422);
    CHECK(contains(r.json["message"], "不能晚于今天"));
    auto noName = rename;
    noName.erase("newName");
    auto n = demo.as(ownerA).post(changesPath(a), noName);
    CHECK(n.status == 400);
    CHECK(n.json["fields"][0]["path"] == "newName");
    CHECK(demo.as(ownerA).post(changesPath(a), {{"kind", "split"}, {"changeDate", "2026-04-15"}}).status == 400);
    before.check();
  }
  SECTION("the city accepts: the record updates and the report keeps what it was") {
    auto filed = demo.as(ownerA).post(changesPath(a), rename);
    REQUIRE(filed.status == 201);
    CHECK(filed.json["dueOn"] == "2026-07-15");
    CHECK(filed.json["overdue"] == false);
    CHECK(filed.json["reviewUnit"]["code"] == "140100");
    const std::int64_t changeId = filed.json["id"];
    const std::string oldName = filed.json["oldName"];
    const std::string decision = "/api/v1/change-reports/" + std::to_string(changeId) + "/decision";

    CHECK(listed(demo.as("taiyuan").get("/api/v1/change-reports").json["items"], a));
    CHECK_FALSE(listed(demo.as("zonggai").get("/api/v1/change-reports").json["items"], a));
    CHECK(demo.as(ownerA).get("/api/v1/change-reports").status == 403);

    const auto audit = demo.auditCount();
    for (const auto& account : std::vector<std::string>{"zonggai", "xiaodian", "province", "admin", ownerA}) {
      INFO(account);
      auto r = demo.as(account).post(decision, {{"decision", "accept"}});
      CHECK(r.status == 403);
      CHECK(contains(r.json["message"], "太原市"));
    }
    CHECK(demo.auditCount() == audit);
    auto accepted = demo.as("taiyuan").post(decision, {{"decision", "accept"}, {"note", "已核对营业执照"}});
    REQUIRE(accepted.status == 200);
    CHECK(accepted.json["state"]["code"] == "accepted");
    CHECK(accepted.json["oldName"] == oldName);
    auto app = demo.as("admin").get("/api/v1/applications/" + std::to_string(a));
    CHECK(app.json["name"] == "太原新名称科技服务有限公司");
    auto again = demo.as("taiyuan").post(decision, {{"decision", "propose_removal"}, {"note", "再议"}});
    CHECK(again.status == 409);
    CHECK(again.json["error"] == "already_decided");
    auto history = demo.as(ownerA).get("/api/v1/reports/mine").json["changes"];
    REQUIRE(history.size() == 1);
    CHECK(history[0]["oldName"] == oldName);
    CHECK(history[0]["newName"] == "太原新名称科技服务有限公司");
  }
  SECTION("an overdue report is flagged; the 综改区 proposes removal and the province confirms") {
    auto filed = demo.as(ownerB).post(changesPath(b), {{"kind", "relocation"},
                                                       {"changeDate", "2026-01-10"},
                                                       {"description", "迁出山西省"},
                                                       {"newAddress", "北京市海淀区某路1号"}});
    REQUIRE(filed.status == 201);
    CHECK(filed.json["dueOn"] == "2026-04-10");
    CHECK(filed.json["overdue"] == true);
    const std::string decision = "/api/v1/change-reports/" + filed.json["id"].dump() + "/decision";
    auto noNote = demo.as("zonggai").post(decision, {{"decision", "propose_removal"}});
    CHECK(noNote.status == 400);
    auto proposed = demo.as("zonggai").post(decision, {{"decision", "propose_removal"}, {"note", "已迁出本省"}});
    REQUIRE(proposed.status == 200);
    CHECK(proposed.json["state"]["code"] == "removal_proposed");
    auto proposals = demo.as("province").get("/api/v1/reports/overview").json["proposals"];
    REQUIRE(listed(proposals, b));
    auto removed = demo.as("province").post(proposalPath(b), {{"decision", "confirm"}});
    REQUIRE(removed.status == 200);
    CHECK(removed.json["workflow"]["removalReason"] == "no_longer_eligible");
    CHECK(demo.stateOf(b) == "removed");
  }
}
