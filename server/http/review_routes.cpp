#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"

namespace sxpool::http {

void registerReviewRoutes(Router& router, services::Services& s) {
  router.add("GET", "/api/v1/queue", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    std::map<std::string, std::string> params;
    for (const auto& [k, v] : ctx.req.params) params[k] = v;
    ctx.res.status = 200;
    ctx.res.set_header("Cache-Control", "no-store");
    ctx.res.set_content(s.review.queueJson(user, params), "application/json; charset=utf-8");
  });
  router.add("POST", "/api/v1/applications/:id/actions", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendJson(ctx.res, 200, s.review.act(idParam(ctx, "id"), user, jsonBody(ctx)));
  });
  router.add("POST", "/api/v1/actions/bulk", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendJson(ctx.res, 200, s.review.bulk(user, jsonBody(ctx)));
  });
  router.add("POST", "/api/v1/publicity", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendJson(ctx.res, 200, s.review.publish(user, jsonBody(ctx)));
  });
  router.add("GET", "/api/v1/inbox",
             [&s](RouteContext& ctx) { sendJson(ctx.res, 200, s.review.inbox(requireUser(s, ctx))); });
  router.add("POST", "/api/v1/inbox/:id/read", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    s.review.markRead(user, idParam(ctx, "id"));
    ctx.res.status = 204;
  });
}

}  // namespace sxpool::http
