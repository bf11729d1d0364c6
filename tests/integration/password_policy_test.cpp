// The password policy of a 等保 deployment (DATA_DIR/sxpool.json: passwordMinLength, passwordRequiredClasses)
// applies to self-registration, to accounts the admin creates (POST /api/v1/users) and to `sxpool user add`.
#include <catch2/catch.hpp>
#include <fstream>

#include "live_server.hpp"
#include "sxpool/sample.hpp"
#include "test_data.hpp"

using namespace sxpool::testing;

namespace {

// The message of the `password` field error of a 422 reply, or "".
std::string passwordError(const Session::Reply& r) {
  if (r.status != 422) return {};
  for (const auto& f : r.json["fields"])
    if (f["path"] == "password") return f["message"];
  return {};
}

struct PolicyServer {
  TempDir dir;
  std::unique_ptr<LiveServer> server;
  PolicyServer() {
    std::filesystem::create_directories(dir.path() / "data");
    std::ofstream(dir.path() / "data" / "sxpool.json") << R"({"passwordMinLength": 10, "passwordRequiredClasses": 3})";
    server =
        std::make_unique<LiveServer>(std::vector<std::string>{"--demo", "--today", "2026-04-20"}, dir.path() / "data");
  }
  std::filesystem::path dataDir() const { return dir.path() / "data"; }
};

bool hasAccount(Session& admin, const std::string& account) {
  auto r = admin.get("/api/v1/users");
  REQUIRE(r.status == 200);
  for (const auto& u : r.json["items"])
    if (u["account"] == account) return true;
  return false;
}

}  // namespace

TEST_CASE("registration refuses passwords short of the configured length or character classes", "[auth][password]") {
  PolicyServer p;
  Session anonymous(*p.server);
  auto round = anonymous.get("/api/v1/round");
  CHECK(round.json["passwordPolicy"]["minLength"] == 10);
  CHECK(round.json["passwordPolicy"]["requiredClasses"] == 3);

  Session admin(*p.server);
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  const auto audit = auditRows(admin);
  const std::string uscc = sxpool::sampleUscc(610);
  Session s(*p.server);
  // Too short (counted in characters: 8 Chinese characters and a digit are 9, whatever their bytes).
  for (const std::string weak : {"Ab1-xyz", "晋商服务资源库好1"}) {
    auto r = registerApplicant(s, uscc, weak);
    INFO(weak << " → " << r.body);
    CHECK(r.json["error"] == "invalid_account");
    CHECK(passwordError(r) == "密码至少需要 10 个字符，请设置更长的密码");
  }
  // Long enough, too few classes.
  for (const std::string weak : {"abcdefghijkl", "abcdefgh12", "ABCDEFGH!!"}) {
    auto r = registerApplicant(s, uscc, weak);
    INFO(weak << " → " << r.body);
    CHECK(contains(passwordError(r), "至少 3 类"));
    CHECK(contains(r.json["message"], "请按提示修改"));
  }
  CHECK_FALSE(hasAccount(admin, uscc));
  CHECK(auditRows(admin) == audit);

  // Three classes of ten characters; a Chinese passphrase counts its characters as symbols.
  auto good = registerApplicant(s, uscc, "Abcdefgh12");
  REQUIRE(good.status == 201);
  CHECK(s.login(uscc, "Abcdefgh12").status == 200);
  const std::string second = sxpool::sampleUscc(611);
  REQUIRE(registerApplicant(s, second, "晋商服务资源库ab1").status == 201);
  CHECK(s.login(second, "晋商服务资源库ab1").status == 200);
}

TEST_CASE("POST /api/v1/users: the admin only, and the password policy applies", "[auth][password]") {
  PolicyServer p;
  Session admin(*p.server);
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  nlohmann::json body = {{"account", "taiyuan-2"},
                         {"password", "Strong-pass-26"},
                         {"role", "city"},
                         {"unitCode", "140100"},
                         {"displayName", "太原市工信局中小企业二科"}};

  // Nobody but the admin may create accounts, even with a good password.
  Session applicant(*p.server);
  prepareApplicant(applicant, 21, false);
  std::vector<std::unique_ptr<Session>> others;
  for (const std::string account : {"province", "taiyuan", "xiaodian"}) {
    others.push_back(std::make_unique<Session>(*p.server));
    REQUIRE(others.back()->login(account, kDemoPassword).status == 200);
  }
  const auto audit = auditRows(admin);
  for (auto* s : {others[0].get(), others[1].get(), others[2].get(), &applicant}) {
    auto r = s->post("/api/v1/users", body);
    CHECK(r.status == 403);
    CHECK(contains(r.json["message"], "系统管理员"));
  }
  CHECK_FALSE(hasAccount(admin, "taiyuan-2"));
  CHECK(auditRows(admin) == audit);

  // The admin: weak passwords are a field error, nothing is created.
  for (const std::string weak : {"Short-1", "strongpassword", "strong-password"}) {
    body["password"] = weak;
    auto r = admin.post("/api/v1/users", body);
    INFO(weak << " → " << r.body);
    CHECK(r.status == 422);
    CHECK_FALSE(passwordError(r).empty());
  }
  CHECK_FALSE(hasAccount(admin, "taiyuan-2"));
  CHECK(auditRows(admin) == audit);

  body["password"] = "Strong-pass-26";
  auto created = admin.post("/api/v1/users", body);
  REQUIRE(created.status == 201);
  CHECK(created.json["user"]["unitCode"] == "140100");
  Session reviewer(*p.server);
  CHECK(reviewer.login("taiyuan-2", "Strong-pass-26").status == 200);
  CHECK(auditRows(admin) == audit + 2);  // account_created, login
}

TEST_CASE("sxpool user add applies the same password policy", "[auth][password]") {
  PolicyServer p;
  const std::vector<std::string> base = {"user",      "add",        "--data-dir", p.dataDir().string(),
                                         "--account", "xiaodian-2", "--role",     "county",
                                         "--unit",    "140105",     "--name",     "小店区工信局二科"};
  auto with = [&](const std::string& password) {
    auto args = base;
    args.insert(args.end(), {"--password", password});
    return runSxpool(args);
  };
  auto shortOne = with("Ab1-xyz");
  CHECK(shortOne.exitCode == 1);
  CHECK(shortOne.err.find("password：密码至少需要 10 个字符") != std::string::npos);
  auto twoClasses = with("abcdefgh12");
  CHECK(twoClasses.exitCode == 1);
  CHECK(twoClasses.err.find("至少 3 类") != std::string::npos);
  Session admin(*p.server);
  REQUIRE(admin.login("admin", kDemoPassword).status == 200);
  CHECK_FALSE(hasAccount(admin, "xiaodian-2"));

  auto ok = with("Xiaodian-2026");
  CHECK(ok.exitCode == 0);
  CHECK(ok.out.find("已新建账号 xiaodian-2") != std::string::npos);
  Session reviewer(*p.server);
  CHECK(reviewer.login("xiaodian-2", "Xiaodian-2026").status == 200);
}
