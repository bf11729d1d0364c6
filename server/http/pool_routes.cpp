// The admitted pool's routes (docs/api.md "Admitted pool", 指南第九、十二、十三条): each decodes its body into its
// sxpool/api type, calls the pool service, and encodes the typed result.
#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "sxpool/api/pool.hpp"

namespace sxpool::http {
void registerPoolRoutes(Router& router, services::Services& s) {
  router.add("GET", "/api/v1/pool",
             [&s](RouteContext& ctx) { sendEncoded(ctx.res, 200, api::encode(s.pool.list(requireUser(s, ctx)))); });
  router.add("GET", "/api/v1/pool/:id/classification", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendEncoded(ctx.res, 200, api::encode(s.pool.classification(idParam(ctx, "id"), user)));
  });
  router.add("PUT", "/api/v1/pool/:id/classification", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeClassificationUpdate);
    sendEncoded(ctx.res, 200, api::encode(s.pool.updateClassification(id, user, body)));
  });
  router.add("GET", "/api/v1/pool/:id/evaluations", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendEncoded(ctx.res, 200, api::encode(s.pool.evaluations(idParam(ctx, "id"), user)));
  });
  router.add("POST", "/api/v1/pool/:id/evaluations", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeEvaluationBody);
    sendEncoded(ctx.res, 200, api::encode(s.pool.recordEvaluation(id, user, body)));
  });
  router.add("POST", "/api/v1/pool/import", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto body = decodeBody(ctx, api::decodeImportRequest);
    const auto result = s.pool.importAdmitted(user, body);
    sendEncoded(ctx.res, result.errors.empty() ? 200 : 422, api::encode(result));
  });
  router.add("GET", "/api/v1/pool/:id/profile", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendEncoded(ctx.res, 200, api::encode(s.pool.profile(idParam(ctx, "id"), user)));
  });
  router.add("PUT", "/api/v1/pool/:id/profile", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodePoolProfile);
    sendEncoded(ctx.res, 200, api::encode(s.pool.updateProfile(id, user, body)));
  });
}

}  // namespace sxpool::http
