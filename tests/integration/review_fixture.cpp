#include "review_fixture.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "test_data.hpp"

namespace sxpool::testing {

const std::vector<std::string> kReviewers = {"xiaodian",   "yingze",   "taiyuan", "zonggai",
                                             "department", "province", "admin"};
const std::vector<std::string> kActions = {"pass",       "return",  "reject",          "withdraw",
                                           "spot_check", "publish", "raise_objection", "resolve_objection",
                                           "admit",      "remove"};

std::string urlEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c))
      out += static_cast<char>(c);
    else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Demo::Demo(const std::string& today)
    : server_(
          std::make_unique<LiveServer>(std::vector<std::string>{"--demo", "--today", today}, dir_.path() / "data")) {}

void Demo::restartOn(const std::string& today) {
  sessions_.clear();
  server_.reset();
  server_ = std::make_unique<LiveServer>(std::vector<std::string>{"--today", today}, dir_.path() / "data");
}

Session& Demo::as(const std::string& account) {
  auto& slot = sessions_[account];
  if (!slot) {
    slot = std::make_unique<Session>(*server_);
    REQUIRE(slot->login(account, kDemoPassword).status == 200);
  }
  return *slot;
}

nlohmann::json Demo::queue(const std::string& account, const std::string& query) {
  auto r = as(account).get("/api/v1/queue?pageSize=200" + query);
  REQUIRE(r.status == 200);
  return r.json;
}

nlohmann::json Demo::snapshot(std::int64_t id) {
  auto detail = as("admin").get("/api/v1/applications/" + std::to_string(id));
  auto history = as("admin").get("/api/v1/applications/" + std::to_string(id) + "/history");
  return {{"workflow", detail.json["workflow"]},
          {"updatedAt", detail.json["updatedAt"]},
          {"audit", history.json["items"].size()}};
}

std::int64_t Demo::firstIn(const std::string& account, const std::string& state) {
  auto q = queue(account, "&state=" + state);
  REQUIRE(!q["items"].empty());
  return q["items"][0]["id"];
}

Session::Reply Demo::act(const std::string& account, std::int64_t id, const nlohmann::json& body) {
  return as(account).post("/api/v1/applications/" + std::to_string(id) + "/actions", body);
}

std::string Demo::stateOf(std::int64_t id) {
  return as("admin").get("/api/v1/applications/" + std::to_string(id)).json["state"]["code"];
}

std::string Demo::usccOf(std::int64_t id) {
  return as("admin").get("/api/v1/applications/" + std::to_string(id)).json["uscc"];
}

size_t Demo::auditCount() { return auditRows(as("admin")); }

nlohmann::json payloadFor(const std::string& action) {
  nlohmann::json body = {{"action", action},
                         {"reason", "理由"},
                         {"recommendation", "同意推荐"},
                         {"comments", {{{"path", "basic.name"}, {"comment", "请核对名称"}}}},
                         {"removalReason", "data_fraud"},
                         {"objectionUpheld", true}};
  if (action == "spot_check")
    body["spotCheck"] = {{"date", "2026-04-20"}, {"inspectors", "张三"}, {"result", "一致"}, {"passed", true}};
  return body;
}

void checkRefusals(Demo& demo, std::int64_t id, const std::map<std::string, std::vector<std::string>>& allowed,
                   const std::vector<std::string>& accounts) {
  std::vector<std::string> everyone = kReviewers;
  everyone.insert(everyone.end(), accounts.begin(), accounts.end());
  for (const auto& account : everyone) demo.as(account);  // sign-ins are audited: before the count
  const auto before = demo.snapshot(id);
  const auto auditBefore = demo.auditCount();
  for (const auto& account : everyone)
    for (const auto& action : kActions) {
      auto it = allowed.find(account);
      if (it != allowed.end() && std::find(it->second.begin(), it->second.end(), action) != it->second.end()) continue;
      auto r = demo.act(account, id, payloadFor(action));
      INFO(account << " " << action << " → " << r.body);
      CHECK(r.status == 403);
    }
  CHECK(demo.snapshot(id) == before);
  CHECK(demo.auditCount() == auditBefore);
}

}  // namespace sxpool::testing
