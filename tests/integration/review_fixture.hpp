#pragma once
// Shared steps of the review tests: a demo server whose "today" can be moved on (a restart on the same data
// directory with another --today), one signed-in session per demo account, and the refusal matrix.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "live_server.hpp"

namespace sxpool::testing {

std::string urlEncode(const std::string& text);

class Demo {
 public:
  explicit Demo(const std::string& today = "2026-04-20");
  LiveServer& server() { return *server_; }
  // Stops the server and starts it again on the same data directory with `today` as the workflow's date.
  void restartOn(const std::string& today);

  Session& as(const std::string& account);
  nlohmann::json queue(const std::string& account, const std::string& query = "");
  // The admin's view of an application: what must not change on a refusal.
  nlohmann::json snapshot(std::int64_t id);
  std::int64_t firstIn(const std::string& account, const std::string& state);
  // POST …/actions as `account`.
  Session::Reply act(const std::string& account, std::int64_t id, const nlohmann::json& body);
  std::string stateOf(std::int64_t id);
  std::string usccOf(std::int64_t id);
  // The number of rows in the whole audit log.
  size_t auditCount();

 private:
  TempDir dir_;
  std::unique_ptr<LiveServer> server_;
  std::map<std::string, std::unique_ptr<Session>> sessions_;
};

extern const std::vector<std::string> kReviewers;
extern const std::vector<std::string> kActions;

// A body for `action` that satisfies its payload checks.
nlohmann::json payloadFor(const std::string& action);

// Every (account, action) not in `allowed` — the reviewers of kReviewers and the extra `accounts` (e.g. the
// owner) — is refused with 403 and leaves the case and the audit log as they were.
void checkRefusals(Demo& demo, std::int64_t id, const std::map<std::string, std::vector<std::string>>& allowed,
                   const std::vector<std::string>& accounts = {});

}  // namespace sxpool::testing
