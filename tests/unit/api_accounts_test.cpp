// The account administration bodies and the audit query's filters (docs/api.md "Accounts and sessions").
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/accounts.hpp"
#include "sxpool/api/audit.hpp"
#include "sxpool/api/session.hpp"

using namespace sxpool::api;

TEST_CASE("账号：修改与重置密码的请求、用户的停用与须改密码标记往返一致", "[api]") {
  const auto change = decodePasswordChangeRequest(encode(PasswordChangeRequest{"old-1", "新密码-2026"}));
  REQUIRE(change.ok());
  CHECK(change.value->oldPassword == "old-1");
  CHECK(change.value->newPassword == "新密码-2026");
  CHECK_FALSE(decodePasswordResetRequest(R"({"newPassword": 5})").ok());
  UserView user;
  user.id = 3;
  user.account = "xd";
  user.disabled = true;
  user.mustChangePassword = true;
  const auto back = decodeSessionReply(encode(SessionReply{user}));
  REQUIRE(back.ok());
  CHECK(back.value->user == user);
  CHECK(nlohmann::json::parse(encode(SessionReply{user}))["user"]["mustChangePassword"] == true);
}

TEST_CASE("账号列表与审计日志的查询参数：合法的取值往返一致，不合法的给出中文说明", "[api]") {
  const auto users = UserListQuery::fromParams({{"role", "county,city"}, {"unit", "140105"}});
  REQUIRE(users.ok());
  CHECK(users.value->roles == std::vector<std::string>{"county", "city"});
  CHECK(users.value->toParams().at("role") == "county,city");
  CHECK_FALSE(UserListQuery::fromParams({{"role", "boss"}}).ok());

  const auto audit = AuditQuery::fromParams({{"account", "xiaodian"},
                                             {"event", "pass"},
                                             {"application", "12"},
                                             {"from", "2026-03-01"},
                                             {"to", "2026-03-31"}});
  REQUIRE(audit.ok());
  CHECK(audit.value->applicationId == 12);
  const auto again = AuditQuery::fromParams(audit.value->toParams());
  REQUIRE(again.ok());
  CHECK(again.value->toParams() == audit.value->toParams());
  const auto badDate = AuditQuery::fromParams({{"from", "2026-02-30"}});
  REQUIRE_FALSE(badDate.ok());
  CHECK(badDate.message.find("YYYY-MM-DD") != std::string::npos);
  CHECK_FALSE(AuditQuery::fromParams({{"from", "2026-04-02"}, {"to", "2026-04-01"}}).ok());
  CHECK_FALSE(AuditQuery::fromParams({{"application", "0"}}).ok());
}
