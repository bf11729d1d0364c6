// The review routes (docs/api.md "Review", and the audit log): each decodes its request into its sxpool/api type
// (a failure is a 400 with the message and fields), calls the review service, and encodes the typed result.
#include <mutex>
#include <optional>

#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"

namespace sxpool::http {
namespace {

// An empty body reads as {} (then, for an action, "「action」无效").
std::string_view bodyText(const RouteContext& ctx) {
  return ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body);
}

// Encoded queue pages by viewer and query, each good while the store's generation is the one it was built at.
class EncodedPages {
 public:
  std::optional<std::string> find(const std::string& key, std::uint64_t generation) {
    std::lock_guard lock(mutex_);
    auto it = pages_.find(key);
    if (it == pages_.end() || it->second.first != generation) return std::nullopt;
    return it->second.second;
  }
  void put(const std::string& key, std::uint64_t generation, const std::string& body) {
    std::lock_guard lock(mutex_);
    if (pages_.size() > 1000) pages_.clear();
    pages_[key] = {generation, body};
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::pair<std::uint64_t, std::string>> pages_;
};

}  // namespace

void registerReviewRoutes(Router& router, services::Services& s) {
  auto pages = std::make_shared<EncodedPages>();
  router.add("GET", "/api/v1/queue", [&s, pages](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    services::ReviewService::requireQueueAccess(user);
    const auto query = decodedOrBadRequest(api::QueueQuery::fromParams(queryParams(ctx)));
    const auto key = services::ReviewService::queueCacheKey(user, query);
    const auto generation = s.ctx.generation.load();
    auto body = pages->find(key, generation);
    if (!body) {
      body = api::encode(s.review.queue(user, query));
      pages->put(key, generation, *body);
    }
    sendEncoded(ctx.res, 200, std::move(*body));
  });
  router.add("POST", "/api/v1/applications/:id/actions", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodedOrBadRequest(api::decodeActionBody(bodyText(ctx)));
    sendEncoded(ctx.res, 200, api::encode(s.review.act(id, user, body)));
  });
  router.add("POST", "/api/v1/actions/bulk", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto request = decodedOrBadRequest(api::decodeBulkRequest(bodyText(ctx)));
    sendEncoded(ctx.res, 200, api::encode(s.review.bulk(user, request)));
  });
  router.add("POST", "/api/v1/publicity", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto request = decodedOrBadRequest(api::decodePublicityRequest(bodyText(ctx)));
    sendEncoded(ctx.res, 200, api::encode(s.review.publish(user, request)));
  });
  router.add("GET", "/api/v1/inbox",
             [&s](RouteContext& ctx) { sendEncoded(ctx.res, 200, api::encode(s.review.inbox(requireUser(s, ctx)))); });
  router.add("POST", "/api/v1/inbox/:id/read", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    s.review.markRead(user, idParam(ctx, "id"));
    ctx.res.status = 204;
  });
  router.add("GET", "/api/v1/audit", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto query = decodedOrBadRequest(api::AuditQuery::fromParams(queryParams(ctx)));
    sendEncoded(ctx.res, 200, api::encode(s.accounts.audit(user, query)));
  });
}

}  // namespace sxpool::http
