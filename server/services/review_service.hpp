#pragma once
// The reviewer's half of the services, in typed values of the wire vocabulary (sxpool/api): the review queue
// per role × jurisdiction (review_queue.cpp), every review action through the domain workflow, one transaction
// with its audit row each, and bulk pass/return (review_actions.cpp), the 公示 batch (review_publicity.cpp), the
// applicant's inbox (review_inbox.cpp; the audit log is account_admin.cpp). The routes decode and encode; nothing here
// is JSON.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "sxpool/api/audit.hpp"
#include "sxpool/api/inbox.hpp"
#include "sxpool/api/queue.hpp"
#include "sxpool/api/review.hpp"

namespace sxpool::services {

class ReviewService {
 public:
  explicit ReviewService(AppContext& ctx) : ctx_(ctx) {}

  // 403 for applicants: the queue is the reviewers' and the admin's.
  static void requireQueueAccess(const CurrentUser& user);
  // What a queue page depends on besides the store's generation: the viewer and the query.
  static std::string queueCacheKey(const CurrentUser& user, const api::QueueQuery& query);
  api::QueuePage queue(const CurrentUser& user, const api::QueueQuery& query);

  api::ActionResult act(std::int64_t id, const CurrentUser& user, const api::ActionBody& body);
  // The same with a ready request whose date is given (demo seeding replays earlier days).
  api::ActionResult actWith(std::int64_t id, const CurrentUser& user, const ActionRequest& request);
  // The same inside the caller's transaction (a confirmed removal proposal, report_service.cpp; the annual
  // evaluation's removal decision, pool_evaluation.cpp).
  api::ActionResult actInside(std::int64_t id, const CurrentUser& user, const ActionRequest& request) {
    return actInTransaction(id, user, request);
  }
  api::BulkResult bulk(const CurrentUser& user, const api::BulkRequest& request);
  api::PublicityResult publish(const CurrentUser& user, const api::PublicityRequest& request);

  api::InboxReply inbox(const CurrentUser& user);
  void markRead(const CurrentUser& user, std::int64_t id);

 private:
  // `classification`: the province's choice with an admission (指南第九条); absent, the suggestion.
  api::ActionResult actInTransaction(std::int64_t id, const CurrentUser& user, ActionRequest request,
                                     const std::optional<api::ClassificationChoice>& classification = std::nullopt);

  AppContext& ctx_;
  // The total and state counts of a filter (the same for every page and order of it), dropped by any
  // committed change.
  struct QueueCounts {
    std::uint64_t generation = 0;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> counts;
  };
  std::mutex countsMutex_;
  std::map<std::string, QueueCounts> countsCache_;
};

}  // namespace sxpool::services
