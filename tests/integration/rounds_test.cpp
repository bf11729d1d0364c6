// Issue 14 rounds: the admin's rounds and holiday calendars (docs/api.md "Rounds and holiday calendars"); the
// province reads; a round opens only with its year's calendar; a closed round refuses submissions with its dates.
// holidays_2027.csv is test data in the format of assets/data/holidays.csv (not the State Council's 2027 notice).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "review_fixture.hpp"
#include "sxpool/api/rounds.hpp"
#include "sxpool/json.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

std::string holidays2027() {
  std::ifstream in(SXPOOL_TEST_DATA_DIR "/holidays_2027.csv");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

sxpool::RoundSettings round2027() {
  auto r = sxpool::round2026();
  r.year = 2027;
  r.opensOn = {2027, 1, 1};
  r.deadline = {2027, 4, 30};
  return r;
}

nlohmann::json settingsJson(const sxpool::RoundSettings& r) { return nlohmann::json::parse(sxpool::api::encode(r)); }

nlohmann::json roundOf(Demo& demo, int year) {
  const auto list = demo.as("admin").get("/api/v1/rounds");  // kept: the loop reads into it
  for (const auto& r : list.json["items"])
    if (r["settings"]["year"] == year) return r;
  return nullptr;
}

bool audited(Demo& demo, const std::string& event, const std::string& part) {
  const auto reply = demo.as("admin").get("/api/v1/audit?event=" + event);
  for (const auto& row : reply.json["items"])
    if (contains(row["comment"], part)) return true;
  return false;
}

// prepareApplicant (test_data.hpp) for a round other than 2026: sample `index` of `round`, registered, its draft
// saved, its materials uploaded.
std::int64_t prepareApplicantFor(Session& session, int index, const sxpool::RoundSettings& round) {
  auto app = sxpool::makeSampleApplication(index, round);
  app.materials.clear();
  REQUIRE(session
              .post("/api/v1/applicants", {{"uscc", app.basic.uscc},
                                           {"name", app.basic.name},
                                           {"contactName", app.basic.contactName},
                                           {"contactPhone", app.basic.contactPhone},
                                           {"email", app.basic.email},
                                           {"password", kApplicantPassword}})
              .status == 201);
  REQUIRE(session.login(app.basic.uscc, kApplicantPassword).status == 200);
  auto opened = session.post("/api/v1/applications");
  REQUIRE(opened.status == 200);
  const std::int64_t id = opened.json["id"];
  REQUIRE(session
              .put("/api/v1/applications/" + std::to_string(id) + "/draft",
                   {{"baseRevision", opened.json["draftRevision"]}, {"document", sxpool::applicationToJson(app)}})
              .status == 200);
  uploadRequiredMaterials(session, id);
  return id;
}

// The 2027 round created, its calendar loaded and the round opened, by the admin.
void open2027(Demo& demo) {
  auto& admin = demo.as("admin");
  REQUIRE(admin.post("/api/v1/rounds", settingsJson(round2027())).status == 201);
  REQUIRE(admin.put("/api/v1/calendars/2027", {{"csv", holidays2027()}}).status == 200);
  REQUIRE(admin.post("/api/v1/rounds/2027/open").status == 200);
}

}  // namespace

TEST_CASE("the seeded 2026 round is open with the 2025 and 2026 calendars, and the province may read them",
          "[rounds]") {
  Demo demo;
  for (const std::string who : {"admin", "province"}) {
    auto list = demo.as(who).get("/api/v1/rounds");
    REQUIRE(list.status == 200);
    REQUIRE(list.json["items"].size() == 1);
    const auto r = list.json["items"][0];
    CHECK(r["status"] == "open");
    CHECK(r["calendarLoaded"] == true);
    CHECK(r["settings"]["year"] == 2026);
    CHECK(r["settings"]["deadline"] == "2026-04-30");
    CHECK(r["settings"]["publicityWorkingDays"] == 5);
    CHECK(r["settings"]["directionClass"]["ip"] == "other");
    CHECK(list.json["calendarYears"] == nlohmann::json::array({2025, 2026}));
    CHECK(list.json["currentYear"] == 2026);
    auto cal = demo.as(who).get("/api/v1/calendars/2026");
    REQUIRE(cal.status == 200);
    CHECK(contains(cal.json["csv"], "2026-10-01,holiday"));
  }
  auto round = demo.as("admin").get("/api/v1/round");
  CHECK(round.json["year"] == 2026);
  CHECK(round.json["open"] == true);
  CHECK(round.json["opensOn"] == "2026-01-01");
  CHECK(contains(round.json["holidaysCsv"], "2025-01-01,holiday"));
  auto missing = demo.as("admin").get("/api/v1/calendars/2027");
  CHECK(missing.status == 404);
  CHECK(contains(missing.json["message"], "尚未载入2027年的节假日安排"));
}

TEST_CASE("should reject if the user cannot manage rounds or calendars, and nothing changes", "[rounds]") {
  Demo demo;
  auto& admin = demo.as("admin");
  REQUIRE(admin.post("/api/v1/rounds", settingsJson(round2027())).status == 201);
  const std::string owner = demo.usccOf(demo.firstIn("province", "province_approved"));
  const std::vector<std::string> others = {"province", "taiyuan", "xiaodian", "zonggai", "department", owner};
  for (const auto& who : others) demo.as(who);  // signed in first: a sign-in is an audit row of its own
  const auto before = admin.get("/api/v1/rounds").json;
  const auto audit = demo.auditCount();
  for (const auto& who : others) {
    INFO(who);
    auto& s = demo.as(who);
    CHECK(s.post("/api/v1/rounds", settingsJson(round2027())).status == 403);
    CHECK(s.put("/api/v1/rounds/2027", settingsJson(round2027())).status == 403);
    CHECK(s.post("/api/v1/rounds/2027/open").status == 403);
    CHECK(s.post("/api/v1/rounds/2026/close").status == 403);
    auto load = s.put("/api/v1/calendars/2027", {{"csv", holidays2027()}});
    CHECK(load.status == 403);
    CHECK(contains(load.json["message"], "只有系统管理员"));
    if (who != "province") {
      CHECK(s.get("/api/v1/rounds").status == 403);
      CHECK(s.get("/api/v1/calendars/2026").status == 403);
    }
  }
  Session anon(demo.server());
  CHECK(anon.get("/api/v1/rounds").status == 401);
  CHECK(anon.put("/api/v1/calendars/2027", {{"csv", holidays2027()}}).status == 401);
  CHECK(admin.get("/api/v1/rounds").json == before);
  CHECK(demo.auditCount() == audit);
}

TEST_CASE("a holiday CSV with mistakes is refused with each line's problem, and nothing is stored", "[rounds]") {
  Demo demo;
  auto& admin = demo.as("admin");
  const auto audit = demo.auditCount();
  const std::string bad =
      "date,kind,name\n"
      "2027-01-01,holiday,元旦\n"
      "2026-10-01,holiday,国庆节\n"   // line 3: another year
      "2027-02-30,holiday,春节\n"     // line 4: no such date
      "2027-04-05,vacation,清明节\n"  // line 5: unknown kind
      "2027-04-28,workday,劳动节\n"   // line 6: a Wednesday is a working day anyway
      "2027-01-01,holiday,元旦\n";    // line 7: twice
  auto r = admin.put("/api/v1/calendars/2027", {{"csv", bad}});
  REQUIRE(r.status == 400);
  CHECK(contains(r.json["message"], "5 处问题"));
  REQUIRE(r.json["fields"].size() == 5);
  CHECK(contains(r.json["fields"][0]["message"], "第3行"));
  CHECK(contains(r.json["fields"][0]["message"], "不在2027年"));
  CHECK(contains(r.json["fields"][1]["message"], "第4行"));
  CHECK(contains(r.json["fields"][2]["message"], "第5行"));
  CHECK(contains(r.json["fields"][3]["message"], "第6行"));
  CHECK(contains(r.json["fields"][4]["message"], "第7行"));
  auto noHeader = admin.put("/api/v1/calendars/2027", {{"csv", "2027-01-01,holiday,元旦\n"}});
  CHECK(noHeader.status == 400);
  CHECK(contains(noHeader.json["fields"][0]["message"], "第1行应为表头"));
  CHECK(admin.put("/api/v1/calendars/2027", {{"csv", "date,kind,name\n"}}).status == 400);
  CHECK(admin.put("/api/v1/calendars/2027", nlohmann::json::object()).status == 400);
  CHECK(admin.put("/api/v1/calendars/1999", {{"csv", holidays2027()}}).status == 404);
  CHECK(admin.get("/api/v1/calendars/2027").status == 404);
  CHECK(admin.get("/api/v1/rounds").json["calendarYears"] == nlohmann::json::array({2025, 2026}));
  CHECK(demo.auditCount() == audit);
}

TEST_CASE("the 2027 round opens only after its holiday calendar is loaded, and opening it closes 2026", "[rounds]") {
  Demo demo;
  auto& admin = demo.as("admin");
  auto created = admin.post("/api/v1/rounds", settingsJson(round2027()));
  REQUIRE(created.status == 201);
  CHECK(created.json["status"] == "draft");
  CHECK(created.json["calendarLoaded"] == false);
  CHECK(admin.post("/api/v1/rounds", settingsJson(round2027())).status == 409);
  auto wrong = round2027();
  wrong.deadline = {2027, 1, 1};
  wrong.opensOn = {2027, 3, 1};
  wrong.publicityWorkingDays = 0;
  auto invalid = admin.put("/api/v1/rounds/2027", settingsJson(wrong));
  CHECK(invalid.status == 400);
  CHECK(invalid.json["fields"].size() == 2);
  CHECK(contains(invalid.json["message"], "早于开始受理日期"));
  CHECK(admin.put("/api/v1/rounds/2028", settingsJson(round2027())).status == 404);
  CHECK(admin.put("/api/v1/rounds/2027", settingsJson(sxpool::round2026())).status == 400);  // another year
  auto edited = round2027();
  edited.minPartners = 6;
  auto updated = admin.put("/api/v1/rounds/2027", settingsJson(edited));
  REQUIRE(updated.status == 200);
  CHECK(updated.json["settings"]["minPartners"] == 6);

  // 公示 needs working days: no opening without the year's calendar, and nothing changes.
  const auto audit = demo.auditCount();
  auto refused = admin.post("/api/v1/rounds/2027/open");
  CHECK(refused.status == 409);
  CHECK(refused.json["error"] == "calendar_missing");
  CHECK(contains(refused.json["message"], "尚未载入2027年的节假日安排"));
  CHECK(roundOf(demo, 2027)["status"] == "draft");
  CHECK(roundOf(demo, 2026)["status"] == "open");
  CHECK(demo.auditCount() == audit);

  auto loaded = admin.put("/api/v1/calendars/2027", {{"csv", holidays2027()}});
  REQUIRE(loaded.status == 200);
  CHECK(loaded.json["year"] == 2027);
  CHECK(loaded.json["workdays"] == 5);
  CHECK(audited(demo, "calendar_loaded", "2027年节假日安排"));
  auto opened = admin.post("/api/v1/rounds/2027/open");
  REQUIRE(opened.status == 200);
  CHECK(opened.json["status"] == "open");
  CHECK(roundOf(demo, 2026)["status"] == "closed");
  CHECK(audited(demo, "round_opened", "2027年度"));
  CHECK(audited(demo, "round_closed", "2026年度"));
  auto round = admin.get("/api/v1/round");
  CHECK(round.json["year"] == 2027);
  CHECK(round.json["open"] == true);
  CHECK(round.json["deadline"] == "2027-04-30");
  CHECK(contains(round.json["holidaysCsv"], "2027-05-08,workday"));
  // A closed round is read-only; closing twice says so.
  CHECK(admin.put("/api/v1/rounds/2026", settingsJson(sxpool::round2026())).status == 409);
  CHECK(admin.post("/api/v1/rounds/2026/close").status == 409);
  REQUIRE(admin.post("/api/v1/rounds/2027/close").status == 200);
  CHECK(admin.get("/api/v1/round").json["open"] == false);
}

TEST_CASE("a closed round refuses a submission with its dates, and nothing changes", "[rounds]") {
  Demo demo;
  Session applicant(demo.server());
  const auto id = prepareApplicant(applicant, 40, true);
  const std::string base = "/api/v1/applications/" + std::to_string(id);
  REQUIRE(demo.as("admin").post("/api/v1/rounds/2026/close").status == 200);
  const auto before = demo.snapshot(id);
  const auto draft = applicant.get(base + "/draft").json;
  auto submit = applicant.post(base + "/submit", {{"revision", draft["revision"]}});
  CHECK(submit.status == 409);
  CHECK(submit.json["error"] == "round_closed");
  CHECK(contains(submit.json["message"], "2026年度申报轮次已关闭"));
  CHECK(contains(submit.json["message"], "2026-01-01 至 2026-04-30"));
  CHECK(demo.snapshot(id) == before);
  // Opened again, the same draft goes in.
  REQUIRE(demo.as("admin").post("/api/v1/rounds/2026/open").status == 200);
  CHECK(applicant.post(base + "/submit", {{"revision", draft["revision"]}}).status == 200);
}

TEST_CASE("a 公示 in 2027 is refused until the 2027 calendar is loaded, then ends by that calendar", "[rounds]") {
  Demo demo;
  const auto id = demo.firstIn("province", "province_approved");
  const auto before = demo.snapshot(id);
  auto refused = demo.as("province").post("/api/v1/publicity", {{"ids", {id}}, {"startDate", "2027-04-28"}});
  CHECK(refused.status == 422);
  CHECK(contains(refused.json["message"], "载入2027年的节假日安排"));
  CHECK(demo.snapshot(id) == before);
  REQUIRE(demo.as("admin").put("/api/v1/calendars/2027", {{"csv", holidays2027()}}).status == 200);
  auto published = demo.as("province").post("/api/v1/publicity", {{"ids", {id}}, {"startDate", "2027-04-28"}});
  REQUIRE(published.status == 200);
  // 4/28, 4/29, 4/30, then 劳动节 5/1–5/5 off, 5/6, 5/7.
  CHECK(published.json["endDate"] == "2027-05-07");
}

TEST_CASE("with the demo clock in 2027 an applicant submits into the open 2027 round", "[rounds]") {
  Demo demo;
  open2027(demo);
  demo.restartOn("2027-03-10");
  Session applicant(demo.server());
  const auto id = prepareApplicantFor(applicant, 41, round2027());
  auto detail = applicant.get("/api/v1/applications/" + std::to_string(id));
  CHECK(detail.json["roundYear"] == 2027);
  const auto draft = applicant.get("/api/v1/applications/" + std::to_string(id) + "/draft").json;
  auto submit =
      applicant.post("/api/v1/applications/" + std::to_string(id) + "/submit", {{"revision", draft["revision"]}});
  UNSCOPED_INFO(submit.body.substr(0, 800));
  REQUIRE(submit.status == 200);
  CHECK(contains(submit.json["receiptNo"], "2027"));
}
