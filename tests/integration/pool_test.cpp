// 指南第九、十二、十三条: the admitted pool — classification at admission and later, the ban at registration,
// the annual evaluation, the 2025 import, and the products and cases an institution keeps current.
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

std::string poolPath(std::int64_t id, const std::string& what) {
  return "/api/v1/pool/" + std::to_string(id) + "/" + what;
}

// An application in 公示 whose 公示 has ended, admitted by the province with `body`'s extra members.
std::int64_t admitOne(Demo& demo, const nlohmann::json& extra) {
  std::string why;
  const auto waiting = demo.queue("province", "&state=in_publicity")["items"];  // a copy: the reply is a temporary
  for (const auto& item : waiting) {
    auto body = extra;
    body["action"] = "admit";
    auto r = demo.act("province", item["id"], body);
    if (r.status == 200) return item["id"];
    why += r.body + "\n";
  }
  FAIL("no application in 公示 could be admitted: " << why);
  return 0;
}

// Signs every account in first: a first sign-in is an audit row of its own, not one of the change under test.
void signInAll(Demo& demo, const std::vector<std::string>& more = {}) {
  for (const auto& account : kReviewers) demo.as(account);
  for (const auto& account : more) demo.as(account);
}

size_t eventCount(Demo& demo, const std::string& event) {
  return demo.as("admin").get("/api/v1/audit?limit=5000&event=" + event).json["items"].size();
}

std::string csvLine(const sxpool::Application& app, const std::string& city, const std::string& county,
                    const std::string& date, const std::string& character, const std::string& cls) {
  return app.basic.uscc + "," + app.basic.name + "," + city + "," + county + "," + date + "," + character + "," + cls +
         ",王建国,13912345678\n";
}

const std::string kHeader =
    "统一社会信用代码,机构名称,所属市代码,所属县代码,入库日期,服务性质,服务类别,联系人,联系电话\n";

}  // namespace

TEST_CASE("the province admits with its classification, the suggestion stands otherwise, and a change is audited",
          "[pool][classification]") {
  Demo demo("2026-04-20");
  demo.restartOn("2026-05-20");  // the demo's 公示 batches have ended by then
  const auto id = admitOne(demo, {{"classification", {{"character", "public_welfare"}, {"serviceClass", "other"}}}});
  auto view = demo.as("province").get(poolPath(id, "classification"));
  REQUIRE(view.status == 200);
  CHECK(view.json["classification"]["character"]["code"] == "public_welfare");
  CHECK(view.json["classification"]["serviceClass"]["label"] == "其他类");
  CHECK(view.json["admittedOn"] == "2026-05-20");
  CHECK(view.json["source"] == "admission");
  CHECK(view.json["suggested"]["serviceClass"].is_object());

  // The demo's admitted institutions were admitted without a choice: the suggestion from their directions.
  const auto admitted = demo.queue("province", "&state=admitted")["items"];
  for (const auto& item : admitted) {
    auto v = demo.as("province").get(poolPath(item["id"], "classification"));
    REQUIRE(v.status == 200);
    REQUIRE(v.json["classification"].is_object());
    if (item["id"] != id) CHECK(v.json["classification"] == v.json["suggested"]);
  }

  SECTION("should reject if the user cannot change a classification, and nothing changes") {
    const auto before = demo.as("province").get(poolPath(id, "classification")).json;
    signInAll(demo, {demo.usccOf(id)});
    const auto audit = demo.auditCount();
    const nlohmann::json body = {{"character", "socialized"}, {"serviceClass", "digital"}, {"reason", "复核"}};
    for (const std::string account : {"xiaodian", "taiyuan", "zonggai", "department", "admin"}) {
      auto r = demo.as(account).put(poolPath(id, "classification"), body);
      INFO(account);
      CHECK(r.status == 403);
      CHECK(contains(r.json["message"], "省工信厅"));
    }
    auto owner = demo.as(demo.usccOf(id)).put(poolPath(id, "classification"), body);
    CHECK(owner.status == 403);
    auto noReason =
        demo.as("province")
            .put(poolPath(id, "classification"), {{"character", "socialized"}, {"serviceClass", "digital"}});
    CHECK(noReason.status == 422);
    CHECK(contains(noReason.json["message"], "变更原因"));
    auto unknown = demo.as("province")
                       .put(poolPath(id, "classification"),
                            {{"character", "socialized"}, {"serviceClass", "nope"}, {"reason", "x"}});
    CHECK(unknown.status == 400);
    CHECK(demo.as("province").get(poolPath(id, "classification")).json == before);
    CHECK(demo.auditCount() == audit);
  }

  SECTION("the province changes it later with an audit row") {
    const auto changes = eventCount(demo, "classification_changed");
    auto r = demo.as("province")
                 .put(poolPath(id, "classification"),
                      {{"character", "socialized"}, {"serviceClass", "digital"}, {"reason", "复核认定"}});
    REQUIRE(r.status == 200);
    CHECK(r.json["classification"]["serviceClass"]["code"] == "digital");
    CHECK(r.json["admittedOn"] == "2026-05-20");
    CHECK(eventCount(demo, "classification_changed") == changes + 1);
    const auto row = demo.as("admin").get("/api/v1/audit?limit=1&event=classification_changed").json["items"][0];
    CHECK(contains(row["comment"], "公益性服务机构 · 其他类 → 社会化服务机构 · 数字赋能类"));
    CHECK(contains(row["comment"], "复核认定"));
  }
}

TEST_CASE("the pool list follows jurisdiction and an applicant cannot read it", "[pool][classification]") {
  Demo demo("2026-04-20");
  const auto all = demo.as("province").get("/api/v1/pool");
  REQUIRE(all.status == 200);
  const auto admitted = demo.queue("province", "&state=admitted")["items"];
  CHECK(all.json["items"].size() == admitted.size());
  const auto city = demo.as("taiyuan").get("/api/v1/pool");
  REQUIRE(city.status == 200);
  CHECK(city.json["items"].size() < all.json["items"].size());
  for (const auto& item : city.json["items"]) CHECK(item["cityCode"] == "140100");
  const auto yingze = demo.as("yingze").get("/api/v1/pool");
  REQUIRE(yingze.status == 200);
  for (const auto& item : yingze.json["items"]) CHECK(item["countyCode"] == "140106");
  // Wrong jurisdiction: 迎泽区 reads none of 小店区's.
  for (const auto& item : all.json["items"])
    if (item["countyCode"] == "140105")
      CHECK(demo.as("yingze").get(poolPath(item["id"], "classification")).status == 403);
  const std::string owner = demo.usccOf(admitted[0]["id"]);
  CHECK(demo.as(owner).get("/api/v1/pool").status == 403);
  CHECK(demo.as(owner).get(poolPath(admitted[0]["id"], "classification")).status == 200);
}

TEST_CASE("a removed institution under the ban is refused at registration, naming the day the ban ends",
          "[pool][removal]") {
  Demo demo("2026-04-20");
  const std::int64_t id = demo.queue("province", "&state=admitted")["items"][0]["id"];
  const std::string uscc = demo.usccOf(id);
  REQUIRE(demo.act("province", id, {{"action", "remove"}, {"removalReason", "tax_blacklist"}}).status == 200);
  Session anon(demo.server());
  const auto audit = demo.auditCount();
  auto r = registerApplicant(anon, uscc, kApplicantPassword);
  CHECK(r.status == 409);
  CHECK(r.json["error"] == "reentry_banned");
  CHECK(contains(r.json["message"], "2028-04-20起方可重新申请"));
  CHECK(r.json["fields"][0]["path"] == "uscc");
  CHECK(demo.auditCount() == audit);
  // Two years on, the code may register again (its account exists: the refusal is the duplicate, not the ban).
  demo.restartOn("2028-04-20");
  Session again(demo.server());
  auto later = registerApplicant(again, uscc, kApplicantPassword);
  CHECK(later.json["error"] != "reentry_banned");
}

TEST_CASE("the province records the annual evaluation and removes by decision", "[pool][evaluation]") {
  Demo demo("2026-12-20");
  const auto admitted = demo.queue("province", "&state=admitted")["items"];
  REQUIRE(admitted.size() >= 2);
  const std::int64_t kept = admitted[0]["id"], removed = admitted[1]["id"];
  const nlohmann::json keep = {{"year", 2026},
                               {"result", "qualified"},
                               {"siteCheck", "2026-11-10 现场核查服务台账，情况属实"},
                               {"decision", "keep"},
                               {"meetingRef", "晋工信中小〔2026〕12号"}};

  SECTION("should reject if the user cannot record an evaluation, and nothing changes") {
    signInAll(demo, {demo.usccOf(kept)});
    const auto audit = demo.auditCount();
    for (const std::string account : {"xiaodian", "taiyuan", "zonggai", "department", "admin"}) {
      INFO(account);
      CHECK(demo.as(account).post(poolPath(kept, "evaluations"), keep).status == 403);
    }
    CHECK(demo.as(demo.usccOf(kept)).post(poolPath(kept, "evaluations"), keep).status == 403);
    CHECK(demo.as(demo.usccOf(kept)).get(poolPath(kept, "evaluations")).status == 403);
    auto unqualifiedKept = keep;
    unqualifiedKept["result"] = "unqualified";
    auto r = demo.as("province").post(poolPath(kept, "evaluations"), unqualifiedKept);
    CHECK(r.status == 422);
    CHECK(contains(r.json["message"], "第十二条"));
    auto noReason = keep;
    noReason["decision"] = "remove";
    CHECK(demo.as("province").post(poolPath(kept, "evaluations"), noReason).status == 422);
    auto blankMeeting = keep;
    blankMeeting["meetingRef"] = " ";
    CHECK(demo.as("province").post(poolPath(kept, "evaluations"), blankMeeting).status == 422);
    auto future = keep;
    future["year"] = 2027;
    CHECK(demo.as("province").post(poolPath(kept, "evaluations"), future).status == 422);
    CHECK(demo.as("province").get(poolPath(kept, "evaluations")).json["items"].empty());
    CHECK(demo.auditCount() == audit);
  }

  SECTION("kept, and removed by decision with its ban") {
    auto r = demo.as("province").post(poolPath(kept, "evaluations"), keep);
    REQUIRE(r.status == 200);
    REQUIRE(r.json["items"].size() == 1);
    CHECK(r.json["items"][0]["meetingRef"] == "晋工信中小〔2026〕12号");
    CHECK(r.json["items"][0]["recordedBy"] == "province");
    CHECK(demo.stateOf(kept) == "admitted");
    CHECK(demo.as("taiyuan").get(poolPath(kept, "evaluations")).status ==
          (demo.as("taiyuan").get(poolPath(kept, "classification")).status));

    auto remove = keep;
    remove["result"] = "unqualified";
    remove["decision"] = "remove";
    remove["removalReason"] = "data_fraud";
    remove["comment"] = "服务企业名单无法核实";
    auto d = demo.as("province").post(poolPath(removed, "evaluations"), remove);
    REQUIRE(d.status == 200);
    CHECK(d.json["state"] == "removed");
    CHECK(demo.stateOf(removed) == "removed");
    CHECK(d.json["items"][0]["removalReason"] == "data_fraud");
    // Removed: no further evaluation; the list stays readable.
    CHECK(demo.as("province").post(poolPath(removed, "evaluations"), keep).status == 409);
    CHECK(demo.as("province").get(poolPath(removed, "evaluations")).status == 200);
    Session anon(demo.server());
    auto reg = registerApplicant(anon, demo.usccOf(removed), kApplicantPassword);
    CHECK(reg.json["error"] == "reentry_banned");
    CHECK(contains(reg.json["message"], "2028-12-20起方可重新申请"));
  }
}

TEST_CASE("the institutions admitted in 2025 are imported from a CSV, all rows or none, errors by line",
          "[pool][import]") {
  Demo demo("2026-04-20");
  const auto a = sxpool::makeSampleApplication(701, sxpool::round2026());
  const auto b = sxpool::makeSampleApplication(702, sxpool::round2026());
  const std::string good = kHeader + csvLine(a, "140100", "140105", "2025-06-30", "社会化", "数字赋能类") +
                           csvLine(b, "140400", "", "2025-11-02", "public_welfare", "testing");
  const auto poolSize = demo.as("province").get("/api/v1/pool").json["items"].size();

  SECTION("should reject if the user cannot import, or the file has errors, and nothing changes") {
    signInAll(demo);
    const auto audit = demo.auditCount();
    for (const std::string account : {"xiaodian", "taiyuan", "zonggai", "department"}) {
      INFO(account);
      CHECK(demo.as(account).post("/api/v1/pool/import", {{"csv", good}}).status == 403);
    }
    auto header = demo.as("admin").post("/api/v1/pool/import", {{"csv", "uscc,name\n1,2\n"}});
    CHECK(header.status == 422);
    CHECK(header.json["errors"][0]["line"] == 1);
    CHECK(contains(header.json["message"], "表头"));
    const std::string bad = kHeader + csvLine(a, "140100", "140105", "2025-06-30", "社会化", "数字赋能类") +
                            csvLine(b, "140100", "140105", "2026-01-02", "半公益", "testing") +
                            "91140105MA0XXXXX9X,某公司,149900,,2025-01-01,社会化,其他类,张三,13912345678\n";
    auto r = demo.as("province").post("/api/v1/pool/import", {{"csv", bad}});
    CHECK(r.status == 422);
    CHECK(r.json["created"] == 0);
    bool line3Date = false, line3Character = false, line4 = false;
    for (const auto& e : r.json["errors"]) {
      line3Date |= e["line"] == 3 && contains(e["message"], "不在2025年");
      line3Character |= e["line"] == 3 && contains(e["message"], "服务性质");
      line4 |= e["line"] == 4 && contains(e["message"], "第4行");
      CHECK(e["line"] != 2);
    }
    CHECK(line3Date);
    CHECK(line3Character);
    CHECK(line4);
    CHECK(demo.as("province").get("/api/v1/pool").json["items"].size() == poolSize);
    CHECK(demo.auditCount() == audit);
  }

  SECTION("imported: admitted on their own date with their classification, in their city's list") {
    auto r = demo.as("admin").post("/api/v1/pool/import", {{"csv", good}});
    REQUIRE(r.status == 200);
    CHECK(r.json["created"] == 2);
    const std::int64_t first = r.json["ids"][0];
    auto v = demo.as("province").get(poolPath(first, "classification"));
    REQUIRE(v.status == 200);
    CHECK(v.json["admittedOn"] == "2025-06-30");
    CHECK(v.json["source"] == "import");
    CHECK(v.json["classification"]["character"]["code"] == "socialized");
    CHECK(v.json["classification"]["serviceClass"]["code"] == "digital");
    CHECK(demo.stateOf(first) == "admitted");
    CHECK(demo.as("province").get("/api/v1/pool").json["items"].size() == poolSize + 2);
    bool inTaiyuan = false;
    const auto taiyuan = demo.as("taiyuan").get("/api/v1/pool");
    INFO(taiyuan.body << " / " << r.body);
    for (const auto& item : taiyuan.json["items"]) inTaiyuan |= item["id"] == first;
    CHECK(inTaiyuan);
    CHECK(demo.as("xiaodian").get(poolPath(first, "classification")).status == 200);
    CHECK(demo.as("yingze").get(poolPath(first, "classification")).status == 403);
    CHECK(eventCount(demo, "institution_imported") == 2);
    // Once is enough: the same file again is refused on both lines.
    auto again = demo.as("admin").post("/api/v1/pool/import", {{"csv", good}});
    CHECK(again.status == 422);
    CHECK(again.json["errors"].size() == 2);
    CHECK(contains(again.json["errors"][0]["message"], "不能重复导入"));
  }
}

TEST_CASE("an admitted institution keeps its products and cases current, each change audited", "[pool][profile]") {
  Demo demo("2026-04-20");
  const std::int64_t id = demo.queue("province", "&state=admitted")["items"][0]["id"];
  const std::string owner = demo.usccOf(id);
  auto current = demo.as(owner).get(poolPath(id, "profile"));
  REQUIRE(current.status == 200);
  const auto revision = current.json["revision"];
  auto doc = current.json;
  doc["products"].push_back({{"name", "专精特新培育辅导"}, {"content", "诊断与辅导"}, {"application", "服务30家"}});
  doc["cases"].push_back(
      {{"title", "某公司数字化改造"}, {"enterprise", "某公司"}, {"content", "上云"}, {"effect", "降本"}});

  SECTION("should reject if the user cannot edit the products and cases, and nothing changes") {
    signInAll(demo, {owner});
    const auto audit = demo.auditCount();
    for (const std::string account : {"xiaodian", "taiyuan", "province", "admin"}) {
      INFO(account);
      CHECK(demo.as(account).put(poolPath(id, "profile"), doc).status == 403);
    }
    const std::int64_t other = demo.queue("province", "&state=admitted")["items"][1]["id"];
    CHECK(demo.as(owner).put(poolPath(other, "profile"), doc).status == 403);
    auto stale = doc;
    stale["revision"] = revision.get<std::int64_t>() + 5;
    CHECK(demo.as(owner).put(poolPath(id, "profile"), stale).status == 409);
    auto unnamed = doc;
    unnamed["products"].push_back({{"name", ""}});
    auto r = demo.as(owner).put(poolPath(id, "profile"), unnamed);
    CHECK(r.status == 422);
    CHECK(contains(r.json["message"], "服务产品名称"));
    CHECK(demo.as(owner).get(poolPath(id, "profile")).json == current.json);
    CHECK(demo.auditCount() == audit);
  }

  SECTION("saved with a new revision, read by the province, one audit row") {
    auto r = demo.as(owner).put(poolPath(id, "profile"), doc);
    REQUIRE(r.status == 200);
    CHECK(r.json["revision"] == revision.get<std::int64_t>() + 1);
    auto seen = demo.as("province").get(poolPath(id, "profile"));
    CHECK(seen.json["products"].back()["name"] == "专精特新培育辅导");
    CHECK(seen.json["cases"].back()["title"] == "某公司数字化改造");
    CHECK(eventCount(demo, "profile_updated") == 1);
    // Removed: editing stops.
    REQUIRE(demo.act("province", id, {{"action", "remove"}, {"removalReason", "evaluation_failed"}}).status == 200);
    doc["revision"] = r.json["revision"];
    CHECK(demo.as(owner).put(poolPath(id, "profile"), doc).status == 409);
  }
}
