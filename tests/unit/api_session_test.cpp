#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/common.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/session.hpp"

using namespace sxpool;
using namespace sxpool::api;
using nlohmann::json;

TEST_CASE("接口错误体：往返一致，字段错误带规则与级别时才写出") {
  ErrorBody e{"validation_failed",
              "申请书还有 1 处错误",
              {{"basic.uscc", "校验位不符", "format.uscc.checksum", Severity::Error}, {"password", "太短", "", {}}},
              std::nullopt};
  const auto text = encode(e);
  const auto j = json::parse(text);
  CHECK(j["error"] == "validation_failed");
  CHECK(j["fields"][0]["rule"] == "format.uscc.checksum");
  CHECK(j["fields"][0]["severity"] == "error");
  CHECK_FALSE(j["fields"][1].contains("rule"));
  CHECK_FALSE(j.contains("retryAfterSeconds"));
  auto back = decodeErrorBody(text);
  REQUIRE(back.ok());
  CHECK(back->fields == e.fields);
  CHECK(back->message == e.message);

  e.retryAfterSeconds = 900;
  CHECK(json::parse(encode(e))["retryAfterSeconds"] == 900);
  CHECK(decodeErrorBody(encode(e))->retryAfterSeconds == 900);

  const auto bad = decodeErrorBody(R"({"error": 3, "fields": [{"path": []}]})");
  REQUIRE_FALSE(bad.ok());
  REQUIRE(bad.fields.size() == 2);
  CHECK(bad.fields[0].path == "error");
  CHECK(bad.fields[1].path == "fields[0].path");
  CHECK_FALSE(decodeErrorBody("[1]").ok());
  CHECK_FALSE(decodeErrorBody("{").ok());
}

TEST_CASE("接口会话：登录、注册、新建账号请求与用户往返一致") {
  const SignInRequest in{"91140100MA0K123456", "密码1234"};
  auto in2 = decodeSignInRequest(encode(in));
  REQUIRE(in2.ok());
  CHECK(in2->account == in.account);
  CHECK(in2->password == in.password);

  const RegistrationRequest reg{"91140100MA0K123456", "某机构", "张三", "0351-1234567", "a@b.cn", "pw"};
  auto reg2 = decodeRegistrationRequest(encode(reg));
  REQUIRE(reg2.ok());
  CHECK(reg2->contactPhone == reg.contactPhone);
  CHECK(reg2->name == reg.name);

  const NewUserRequest nu{"county1", "pw", "county", "140105", "小店区工信局", "李四", "123", "x@y.cn"};
  auto nu2 = decodeNewUserRequest(encode(nu));
  REQUIRE(nu2.ok());
  CHECK(nu2->unitCode == "140105");
  CHECK(nu2->role == "county");

  SessionReply s;
  s.user = {7, "county1", "county", "县级审核", "140105", "小店区", "小店区工信局", "", "李四", "123", "x@y.cn"};
  const auto j = json::parse(encode(s));
  CHECK(j["user"]["id"] == 7);
  CHECK(j["user"]["roleLabel"] == "县级审核");
  CHECK(j["user"].size() == 13);  // with disabled and mustChangePassword
  auto s2 = decodeSessionReply(encode(s));
  REQUIRE(s2.ok());
  CHECK(s2->user == s.user);

  UserList list{{s.user, s.user}};
  auto list2 = decodeUserList(encode(list));
  REQUIRE(list2.ok());
  CHECK(list2->items.size() == 2);
}

TEST_CASE("接口会话：类型不对的字段给出字段路径，未知字段放过") {
  auto bad = decodeSignInRequest(R"({"account": 12, "password": true, "remember": 1})");
  REQUIRE_FALSE(bad.ok());
  REQUIRE(bad.fields.size() == 2);
  CHECK(bad.fields[0].path == "account");
  CHECK(bad.fields[1].path == "password");
  CHECK(bad.message.find("2 处") != std::string::npos);
  CHECK(decodeSignInRequest("{}").ok());
  CHECK_FALSE(decodeSessionReply("{}").ok());
  auto user = decodeSessionReply(R"({"user": {"id": "7"}})");
  REQUIRE_FALSE(user.ok());
  CHECK(user.fields[0].path == "user.id");
}

TEST_CASE("接口轮次与单位：往返一致，日期无效时报错") {
  RoundInfo r;
  r.year = 2026;
  r.deadline = Date{2026, 4, 30};
  r.enforceDeadline = true;
  r.today = Date{2026, 4, 15};
  r.publicityWorkingDays = 5;
  r.limits = {20u << 20, 200u << 20, 2u << 20};
  r.passwordPolicy = {8, 2};
  const auto j = json::parse(encode(r));
  CHECK(j["deadline"] == "2026-04-30");
  CHECK(j["limits"]["attachmentFileBytes"] == 20u << 20);
  CHECK(j["passwordPolicy"]["requiredClasses"] == 2);
  auto r2 = decodeRoundInfo(encode(r));
  REQUIRE(r2.ok());
  CHECK(r2->deadline == r.deadline);
  CHECK(r2->today == r.today);
  CHECK(r2->limits.jsonBodyBytes == r.limits.jsonBodyBytes);
  CHECK(r2->passwordPolicy.minLength == 8);
  auto bad = decodeRoundInfo(R"({"deadline": "2026-02-30", "limits": {"jsonBodyBytes": -1}})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.fields[0].path == "deadline");
  CHECK(bad.fields[1].path == "limits.jsonBodyBytes");

  UnitList units{{{"140000", "山西省工业和信息化厅", "province", ""}, {"140105", "小店区", "county", "140100"}}};
  auto u2 = decodeUnitList(encode(units));
  REQUIRE(u2.ok());
  CHECK(u2->items == units.items);
  CHECK_FALSE(decodeUnitList(R"({"items": {}})").ok());

  HealthReply h{"ok", "山西省优质中小企业服务资源库", "1.0"};
  auto h2 = decodeHealthReply(encode(h));
  REQUIRE(h2.ok());
  CHECK(h2->system == h.system);
}
