#pragma once
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"

namespace sxpool::services {

// The review queue per role × jurisdiction, every review action through the domain workflow (one transaction
// with its audit row each), bulk pass/return, the 公示 batch, and the applicant's inbox.
class ReviewService {
 public:
  explicit ReviewService(AppContext& ctx) : ctx_(ctx) {}

  // params: state (comma list), city, county, direction, round, q, sort, order, page, pageSize, mine
  std::string queueJson(const CurrentUser& user, const std::map<std::string, std::string>& params);
  nlohmann::json act(std::int64_t id, const CurrentUser& user, const nlohmann::json& body);
  // The same with a ready request whose date is given (demo seeding replays earlier days).
  nlohmann::json actWith(std::int64_t id, const CurrentUser& user, const ActionRequest& request);
  nlohmann::json bulk(const CurrentUser& user, const nlohmann::json& body);
  nlohmann::json publish(const CurrentUser& user, const nlohmann::json& body);

  nlohmann::json inbox(const CurrentUser& user);
  void markRead(const CurrentUser& user, std::int64_t id);
  nlohmann::json audit(const CurrentUser& user, int limit);

  // The action request from its JSON body; 400 with field paths when malformed.
  static ActionRequest parseAction(const nlohmann::json& body);

 private:
  nlohmann::json actInTransaction(std::int64_t id, const CurrentUser& user, ActionRequest request);

  AppContext& ctx_;
  struct QueueCounts {
    std::uint64_t generation = 0;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> counts;
  };
  std::mutex cacheMutex_;
  std::map<std::string, std::pair<std::uint64_t, std::string>> cache_;
  std::map<std::string, QueueCounts> countsCache_;
};

}  // namespace sxpool::services
