// The admin's reviewer accounts (create, disable / enable, password reset), everyone's own password change, and
// the audit log's filters and scope: each refusal changes nothing (docs/api.md "Accounts and sessions").
#include <catch2/catch.hpp>

#include "review_fixture.hpp"
#include "test_data.hpp"

using sxpool::testing::Demo;
using sxpool::testing::Session;

namespace {

const std::string kTemp = "Temp-pass-2026";
const std::string kNew = "Fresh-pass-2026";

nlohmann::json newCounty(const std::string& account, const std::string& unit = "140105") {
  return {{"account", account},
          {"password", kTemp},
          {"role", "county"},
          {"unitCode", unit},
          {"displayName", "测试县审核员"},
          {"contactName", "张审核"},
          {"contactPhone", "0351-1"},
          {"email", ""}};
}

std::int64_t idOf(Session& admin, const std::string& account) {
  const auto list = admin.get("/api/v1/users?role=county");
  UNSCOPED_INFO(list.status << " " << list.body.substr(0, 600));
  for (const auto& u : list.json["items"])
    if (u["account"] == account) return u["id"];
  return 0;
}

nlohmann::json userRow(Demo& demo, const std::string& account) {
  for (const auto& u : itemsOf(demo.as("admin").get("/api/v1/users")))
    if (u["account"] == account) return u;
  return nullptr;
}

bool audited(Demo& demo, const std::string& event, const std::string& account) {
  const auto reply = demo.as("admin").get("/api/v1/audit?event=" + event);
  UNSCOPED_INFO(event << ": " << reply.status << " " << reply.body.substr(0, 600));  // what was read, on a failure
  for (const auto& row : reply.json["items"])
    if (row["account"] == account) return true;
  return false;
}

// Audit rows other than sign-ins (each test session signs in once).
size_t changeRows(Demo& demo) {
  size_t n = 0;
  for (const auto& row : itemsOf(demo.as("admin").get("/api/v1/audit?limit=5000"))) n += row["event"] != "login";
  return n;
}

}  // namespace

TEST_CASE("an admin creates a county reviewer, resets its password, disables and enables it", "[accounts]") {
  Demo demo;
  auto& admin = demo.as("admin");
  auto created = admin.post("/api/v1/users", newCounty("xd-reviewer2"));
  REQUIRE(created.status == 201);
  CHECK(created.json["user"]["unitName"] == "小店区");
  CHECK(created.json["user"]["disabled"] == false);
  CHECK(created.json["user"]["mustChangePassword"] == true);  // the admin chose it: the user replaces it
  const std::int64_t id = idOf(admin, "xd-reviewer2");
  REQUIRE(id > 0);
  CHECK(audited(demo, "account_created", "admin"));

  // The role filter: only reviewer accounts, no applicants.
  for (const auto& u : itemsOf(admin.get("/api/v1/users?role=county,city,province"))) CHECK(u["role"] != "applicant");
  CHECK(admin.get("/api/v1/users?role=nobody").status == 400);

  // The new reviewer must change the password first, then sees only its county.
  Session reviewer(demo.server());
  REQUIRE(reviewer.login("xd-reviewer2", kTemp).status == 200);
  auto first = reviewer.get("/api/v1/queue");
  CHECK(first.status == 403);
  CHECK(first.json["error"] == "password_change_required");
  CHECK(reviewer.get("/api/v1/session").status == 200);
  REQUIRE(reviewer.post("/api/v1/session/password", {{"oldPassword", kTemp}, {"newPassword", kNew + "0"}}).status ==
          200);
  auto queue = reviewer.get("/api/v1/queue?pageSize=200");
  REQUIRE(queue.status == 200);
  CHECK(queue.json["total"].get<int>() > 0);
  for (const auto& item : queue.json["items"]) CHECK(item["countyCode"] == "140105");

  // A reset: the sessions end; after sign-in only the session and the password change answer.
  auto reset = admin.post("/api/v1/users/" + std::to_string(id) + "/password-reset", {{"newPassword", kTemp + "x"}});
  REQUIRE(reset.status == 200);
  CHECK(reset.json["user"]["mustChangePassword"] == true);
  CHECK(reviewer.get("/api/v1/queue").status == 401);
  REQUIRE(reviewer.login("xd-reviewer2", kTemp + "x").status == 200);
  CHECK(reviewer.get("/api/v1/session").json["user"]["mustChangePassword"] == true);
  auto blocked = reviewer.get("/api/v1/queue");
  CHECK(blocked.status == 403);
  CHECK(blocked.json["error"] == "password_change_required");
  auto changed = reviewer.post("/api/v1/session/password", {{"oldPassword", kTemp + "x"}, {"newPassword", kNew}});
  REQUIRE(changed.status == 200);
  CHECK(changed.json["user"]["mustChangePassword"] == false);
  CHECK(reviewer.get("/api/v1/queue").status == 200);
  CHECK(audited(demo, "password_reset", "admin"));
  CHECK(audited(demo, "password_changed", "xd-reviewer2"));

  // Disable: the session ends at once and sign-in is refused in Chinese; enable lets it in again.
  auto disabled = admin.post("/api/v1/users/" + std::to_string(id) + "/disable");
  REQUIRE(disabled.status == 200);
  CHECK(disabled.json["user"]["disabled"] == true);
  CHECK(reviewer.get("/api/v1/queue").status == 401);
  CHECK(audited(demo, "account_disabled", "admin"));
  REQUIRE(admin.post("/api/v1/users/" + std::to_string(id) + "/enable").status == 200);
  CHECK(reviewer.login("xd-reviewer2", kNew).status == 200);
  CHECK(audited(demo, "account_enabled", "admin"));
}

TEST_CASE("should reject if the user cannot manage accounts: wrong role, missing CSRF, bad input", "[accounts]") {
  Demo demo;
  auto& admin = demo.as("admin");
  REQUIRE(admin.post("/api/v1/users", newCounty("xd-target")).status == 201);
  const std::int64_t id = idOf(admin, "xd-target");
  const auto before = userRow(demo, "xd-target");
  const auto audits = changeRows(demo);

  SECTION("should reject if the user cannot manage accounts (a reviewer, the province, an applicant)") {
    for (const std::string who : {"xiaodian", "taiyuan", "province"}) {
      auto& s = demo.as(who);
      CHECK(s.get("/api/v1/users").status == 403);
      CHECK(s.post("/api/v1/users", newCounty("xd-other")).status == 403);
      CHECK(s.post("/api/v1/users/" + std::to_string(id) + "/disable").status == 403);
      CHECK(s.post("/api/v1/users/" + std::to_string(id) + "/password-reset", {{"newPassword", kNew}}).status == 403);
    }
  }
  SECTION("should reject if the user cannot send the CSRF header") {
    Session bare(demo.server());
    REQUIRE(bare.login("admin", sxpool::testing::kDemoPassword).status == 200);
    bare.dropCsrfHeader();
    auto r = bare.post("/api/v1/users/" + std::to_string(id) + "/disable");
    CHECK(r.status == 403);
    CHECK(r.json["error"] == "csrf_header_missing");
    CHECK(bare.post("/api/v1/users", newCounty("xd-nocsrf")).status == 403);
    CHECK(bare.post("/api/v1/session/password", {{"oldPassword", "x"}, {"newPassword", kNew}}).status == 403);
  }
  SECTION("should reject if the user cannot give valid input: weak password, unit not fitting the role") {
    auto weak = admin.post("/api/v1/users/" + std::to_string(id) + "/password-reset", {{"newPassword", "short"}});
    CHECK(weak.status == 422);
    CHECK(weak.json["fields"][0]["path"] == "newPassword");
    auto wrongUnit = admin.post("/api/v1/users", newCounty("xd-wrong", "140100"));
    CHECK(wrongUnit.status == 422);
    CHECK(admin.post("/api/v1/users/999999/disable").status == 404);
    CHECK(admin.post("/api/v1/users/abc/enable").status == 404);
    CHECK(userRow(demo, "xd-wrong").is_null());
  }
  SECTION("should reject if the user cannot disable itself or reset its own password") {
    const auto self = demo.as("admin").get("/api/v1/session").json["user"]["id"].get<std::int64_t>();
    CHECK(admin.post("/api/v1/users/" + std::to_string(self) + "/disable").status == 409);
    CHECK(admin.post("/api/v1/users/" + std::to_string(self) + "/password-reset", {{"newPassword", kNew}}).status ==
          409);
    CHECK(demo.as("admin").get("/api/v1/session").status == 200);
  }
  CHECK(userRow(demo, "xd-target") == before);
  CHECK(changeRows(demo) == audits);
}

TEST_CASE("should reject if the user cannot change its password: wrong old password, weak or same new one",
          "[accounts]") {
  Demo demo;
  auto& s = demo.as("xiaodian");
  const auto pw = sxpool::testing::kDemoPassword;
  auto wrong = s.post("/api/v1/session/password", {{"oldPassword", "nope-nope-1"}, {"newPassword", kNew}});
  CHECK(wrong.status == 422);
  CHECK(wrong.json["error"] == "wrong_password");
  CHECK(s.post("/api/v1/session/password", {{"oldPassword", pw}, {"newPassword", "short"}}).status == 422);
  CHECK(s.post("/api/v1/session/password", {{"oldPassword", pw}, {"newPassword", pw}}).status == 422);
  // Nothing changed: the old password still signs in.
  Session again(demo.server());
  CHECK(again.login("xiaodian", pw).status == 200);
  // Every user changes its own: an applicant too.
  REQUIRE(s.post("/api/v1/session/password", {{"oldPassword", pw}, {"newPassword", kNew}}).status == 200);
  Session third(demo.server());
  CHECK(third.login("xiaodian", pw).status == 401);
  CHECK(third.login("xiaodian", kNew).status == 200);
}

TEST_CASE("should reject if the user cannot sign in while disabled, with a Chinese message", "[accounts]") {
  Demo demo;
  auto& admin = demo.as("admin");
  REQUIRE(admin.post("/api/v1/users", newCounty("xd-off")).status == 201);
  REQUIRE(admin.post("/api/v1/users/" + std::to_string(idOf(admin, "xd-off")) + "/disable").status == 200);
  Session s(demo.server());
  auto refused = s.login("xd-off", kTemp);
  CHECK(refused.status == 403);
  CHECK(refused.json["error"] == "account_disabled");
  CHECK(refused.json["message"].get<std::string>().find("停用") != std::string::npos);
  CHECK(s.get("/api/v1/session").status == 401);
}

TEST_CASE("the audit log filters by user, unit, action, application and dates, scoped to the viewer",
          "[accounts][audit]") {
  Demo demo;
  auto& admin = demo.as("admin");
  const auto all = admin.get("/api/v1/audit?limit=5000").json["items"];
  REQUIRE(all.size() > 10);

  for (const auto& row : itemsOf(admin.get("/api/v1/audit?account=xiaodian"))) CHECK(row["account"] == "xiaodian");
  for (const auto& row : itemsOf(admin.get("/api/v1/audit?unit=140105"))) CHECK(row["unitCode"] == "140105");
  auto passes = admin.get("/api/v1/audit?event=pass").json["items"];
  CHECK(!passes.empty());
  for (const auto& row : passes) CHECK(row["event"] == "pass");
  const auto appId = passes[0]["applicationId"].get<std::int64_t>();
  for (const auto& row : itemsOf(admin.get("/api/v1/audit?application=" + std::to_string(appId))))
    CHECK(row["applicationId"] == appId);
  CHECK(admin.get("/api/v1/audit?from=2000-01-01&to=2000-12-31").json["items"].empty());
  CHECK(admin.get("/api/v1/audit?from=2026-13-01").status == 400);
  CHECK(admin.get("/api/v1/audit?from=2026-03-02&to=2026-03-01").status == 400);
  CHECK(admin.get("/api/v1/audit?application=x").status == 400);

  // The province sees its own unit's rows and those on applications it may view, not a county's logins.
  auto& province = demo.as("province");
  auto scoped = province.get("/api/v1/audit?limit=5000");
  REQUIRE(scoped.status == 200);
  CHECK(scoped.json["items"].size() < all.size());
  for (const auto& row : scoped.json["items"]) CHECK(!(row["event"] == "login" && row["unitCode"] == "140105"));

  SECTION("should reject if the user cannot read the audit log (a county, a city, an applicant)") {
    for (const std::string who : {"xiaodian", "taiyuan"}) CHECK(demo.as(who).get("/api/v1/audit").status == 403);
  }
}
