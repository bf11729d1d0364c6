#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sxpool/api/audit.hpp"
#include "sxpool/api/inbox.hpp"

using namespace sxpool;
using namespace sxpool::api;

TEST_CASE("收件箱：JSON 的键与类型不变，往返一致", "[api]") {
  InboxReply reply;
  reply.items = {InboxMessage{5, 12, 1776000000, "申请被退回", "请按意见修改", {{"basic.uscc", "核对"}}, false},
                 InboxMessage{4, std::nullopt, 1775000000, "欢迎", "", {}, true}};
  reply.unread = 1;
  const std::string text = encode(reply);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["unread"] == 1);
  CHECK(j["items"][0]["comments"][0]["comment"] == "核对");
  CHECK(j["items"][1]["applicationId"].is_null());
  CHECK(j["items"][1]["comments"].is_array());
  auto back = decodeInboxReply(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
  CHECK(decodeInboxReply(R"({"items":[{"read":"no"}]})").fields[0].path == "items[0].read");

  const auto stored = encodeFieldComments(reply.items[0].comments);
  auto comments = decodeFieldComments(stored);
  REQUIRE(comments.ok());
  CHECK(*comments == reply.items[0].comments);
  CHECK(!decodeFieldComments("{").ok());
  CHECK(decodeFieldComments(R"([{"path":1}])").fields[0].path == "[0].path");
}

TEST_CASE("审计日志：limit 参数与每一行", "[api]") {
  CHECK(AuditQuery::fromParams({})->limit == 200);
  CHECK(AuditQuery::fromParams({{"limit", "7"}})->limit == 7);
  CHECK(AuditQuery::fromParams({{"limit", "999999"}})->limit == AuditQuery::kMaxLimit);
  for (const char* bad : {"abc", "0", "-3", "5 "}) {
    auto q = AuditQuery::fromParams({{"limit", bad}});
    INFO(bad);
    REQUIRE(!q.ok());
    CHECK(q.message.find("「limit」应为正整数") != std::string::npos);
    CHECK(q.fields[0].path == "limit");
  }
  AuditQuery seven;
  seven.limit = 7;
  CHECK(AuditQuery::fromParams(seven.toParams())->limit == 7);
  CHECK(AuditQuery{}.toParams().empty());

  AuditReply reply;
  reply.items = {AuditEntry{9, 1776000000, "xiaodian", "140105", "pass", 12, "at_county", "at_city", "同意"},
                 AuditEntry{8, 1775000000, "admin", "", "sign_in", std::nullopt, std::nullopt, std::nullopt, ""}};
  const std::string text = encode(reply);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["items"][0]["from"] == "at_county");
  CHECK(j["items"][1]["to"].is_null());
  CHECK(j["items"][1]["applicationId"].is_null());
  CHECK(j["items"][0].size() == 9);
  auto back = decodeAuditReply(text);
  REQUIRE(back.ok());
  CHECK(encode(*back) == text);
  CHECK(decodeAuditReply(R"({"items":[{"at":"x"}]})").fields[0].path == "items[0].at");
}
