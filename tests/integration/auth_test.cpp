// Accounts and sessions: registration, Argon2id login, cookie flags, lockout, idle expiry, audit rows.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <thread>

#include "live_server.hpp"
#include "test_data.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/uscc.hpp"

using sxpool::testing::LiveServer;
using sxpool::testing::Session;

namespace {

const std::string kPassword = "Correct-horse-9";

bool auditHas(Session& admin, const std::string& event, const std::string& account) {
  auto audit = admin.get("/api/v1/audit?limit=500");
  for (const auto& row : audit.json["items"])
    if (row["event"] == event && row["account"] == account) return true;
  return false;
}

}  // namespace

TEST_CASE("an applicant registers with its USCC, signs in and out, every step is audited", "[auth]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  Session s(server);
  const std::string uscc = sxpool::sampleUscc(500);

  auto created = registerApplicant(s, uscc, kPassword);
  REQUIRE(created.status == 201);
  CHECK(created.json["user"]["account"] == uscc);
  CHECK(created.json["user"]["role"] == "applicant");
  CHECK(registerApplicant(s, uscc, kPassword).status == 409);  // once only

  std::string wrongCheck = sxpool::sampleUscc(502);
  wrongCheck.back() = wrongCheck.back() == '0' ? '1' : '0';
  // A well-formed code whose check character fails (early pilot codes exist): accepted, flagged for manual review.
  {
    Session early(server);
    REQUIRE(registerApplicant(early, wrongCheck, kPassword).status == 201);
    REQUIRE(early.login(wrongCheck, kPassword).status == 200);
    auto app = early.post("/api/v1/applications");
    REQUIRE(app.status < 300);
    CHECK(app.json["document"]["basic"]["usccManualReview"] == true);
    CHECK(app.json["document"]["routing"]["unitCode"].get<std::string>().rfind("14", 0) ==
          0);  // 属地 from its Shanxi division
  }
  for (const std::string& malformed :
       std::vector<std::string>{wrongCheck.substr(0, 17), "91140105ma0e2e01xq", "91140105MA0E2E01IO"}) {
    auto bad = registerApplicant(s, malformed, kPassword);
    CHECK(bad.status == 422);
    CHECK(bad.json["fields"][0]["path"] == "uscc");
  }
  std::string outside = *sxpool::makeUscc('9', '1', "110105", "MA0E2E01");  // Beijing
  outside.back() = outside.back() == '0' ? '1' : '0';
  CHECK(registerApplicant(s, outside, kPassword).status == 422);
  auto weak = registerApplicant(s, sxpool::sampleUscc(501), "short");
  CHECK(weak.status == 422);
  CHECK(weak.json["fields"][0]["path"] == "password");

  CHECK(s.get("/api/v1/session").status == 401);
  auto login = s.login(uscc, kPassword);
  REQUIRE(login.status == 200);
  const std::string cookie = login.header("Set-Cookie");
  CHECK(cookie.find("sxpool_session=") == 0);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  CHECK(cookie.size() > 40);  // ≥ 128 random bits, base64url
  CHECK(s.get("/api/v1/session").json["user"]["account"] == uscc);

  // Tokens are stored hashed: the raw token is nowhere in the database file.
  const std::string token = s.cookie.substr(s.cookie.find('=') + 1);
  {
    std::ifstream db(server.dataDir() / "sxpool.db", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(db)), {});
    std::ifstream wal(server.dataDir() / "sxpool.db-wal", std::ios::binary);
    bytes += std::string((std::istreambuf_iterator<char>(wal)), {});
    CHECK(bytes.find(token) == std::string::npos);
  }

  CHECK(s.del("/api/v1/session").status == 204);
  CHECK(s.get("/api/v1/session").status == 401);

  Session admin(server);
  REQUIRE(admin.login("admin", "Demo2026!sx").status == 200);
  CHECK(auditHas(admin, "login", uscc));
  CHECK(auditHas(admin, "logout", uscc));
  CHECK(auditHas(admin, "account_created", uscc));
  for (const char* bad : {"abc", "-1", "0", "10x", "99999999999999999999"})
    CHECK(admin.get(std::string("/api/v1/audit?limit=") + bad).status == 400);
  CHECK(admin.get("/api/v1/audit?limit=1").json["items"].size() == 1);
  CHECK(admin.get("/api/v1/audit?limit=100000").status == 200);  // read as 5000
}

TEST_CASE("five failed logins lock the account for the lockout time (429), then it opens again", "[auth]") {
  LiveServer server({"--demo", "--today", "2026-04-20", "--lockout", "3"});
  Session s(server);
  for (int i = 1; i <= 4; ++i) {
    auto r = s.login("xiaodian", "wrong-password");
    CHECK(r.status == 401);
    CHECK(r.json["error"] == "bad_credentials");
  }
  auto locked = s.login("xiaodian", "wrong-password");
  CHECK(locked.status == 429);
  CHECK(locked.json["error"] == "account_locked");
  CHECK(locked.json["message"].get<std::string>().find("锁定") != std::string::npos);
  CHECK(!locked.header("Retry-After").empty());
  // Even the right password is refused while locked.
  CHECK(s.login("xiaodian", "Demo2026!sx").status == 429);

  std::this_thread::sleep_for(std::chrono::milliseconds(3500));
  CHECK(s.login("xiaodian", "Demo2026!sx").status == 200);

  Session admin(server);
  REQUIRE(admin.login("admin", "Demo2026!sx").status == 200);
  CHECK(auditHas(admin, "login_failed", "xiaodian"));
  CHECK(auditHas(admin, "account_locked", "xiaodian"));
  CHECK(auditHas(admin, "login_locked", "xiaodian"));
}

TEST_CASE("an idle session expires and must sign in again", "[auth]") {
  // 5 s, not less: on a loaded machine (or under ASan) two requests in a row may be seconds apart.
  LiveServer server({"--demo", "--today", "2026-04-20", "--idle-timeout", "5"});
  Session s(server);
  REQUIRE(s.login("province", "Demo2026!sx").status == 200);
  CHECK(s.get("/api/v1/session").status == 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(6200));
  auto expired = s.get("/api/v1/session");
  CHECK(expired.status == 401);
  CHECK(expired.json["error"] == "session_expired");
  CHECK(s.get("/api/v1/session").status == 401);  // the session is gone, not just late
}

TEST_CASE("only the admin creates reviewer accounts, with a unit that fits the role", "[auth]") {
  LiveServer server({"--demo", "--today", "2026-04-20"});
  Session admin(server), city(server);
  REQUIRE(admin.login("admin", "Demo2026!sx").status == 200);
  REQUIRE(city.login("taiyuan", "Demo2026!sx").status == 200);
  const nlohmann::json account = {{"account", "datong"},
                                  {"password", "Datong-2026"},
                                  {"role", "city"},
                                  {"unitCode", "140200"},
                                  {"displayName", "大同市工信局"}};
  CHECK(city.post("/api/v1/users", account).status == 403);
  auto created = admin.post("/api/v1/users", account);
  REQUIRE(created.status == 201);
  CHECK(created.json["user"]["unitName"] == "大同市工业和信息化局");
  auto wrongUnit = admin.post("/api/v1/users", {{"account", "x1"},
                                                {"password", "Datong-2026"},
                                                {"role", "county"},
                                                {"unitCode", "140200"},
                                                {"displayName", "x"}});
  CHECK(wrongUnit.status == 422);
  CHECK(wrongUnit.json["fields"][0]["path"] == "unitCode");
  CHECK(admin.get("/api/v1/users").json["items"].size() >= 8);
  Session datong(server);
  CHECK(datong.login("datong", "Datong-2026").status == 200);
}

TEST_CASE("units are seeded from the division data", "[auth]") {
  LiveServer server;
  Session s(server);
  auto units = s.get("/api/v1/units").json["items"];
  int counties = 0, cities = 0, zones = 0, provinces = 0, departments = 0;
  for (const auto& u : units) {
    const std::string level = u["level"];
    counties += level == "county";
    cities += level == "city";
    zones += level == "reform_zone";
    provinces += level == "province";
    departments += level == "department";
  }
  CHECK(counties == 117);
  CHECK(cities == 11);
  CHECK(zones == 1);
  CHECK(provinces == 1);
  CHECK(departments >= 1);
}

TEST_CASE("sxpool user add creates an account beside a running server", "[auth]") {
  LiveServer server;
  auto result = sxpool::testing::runSxpool({"user", "add", "--data-dir", server.dataDir().string(), "--account",
                                            "jinzhong", "--role", "city", "--unit", "140700", "--name", "晋中市工信局",
                                            "--password", "Jinzhong-2026"});
  CHECK(result.exitCode == 0);
  Session s(server);
  CHECK(s.login("jinzhong", "Jinzhong-2026").status == 200);
  auto help = sxpool::testing::runSxpool({"user", "add", "--help"});
  CHECK(help.exitCode == 0);
  CHECK(help.out.find("用法") != std::string::npos);
}
