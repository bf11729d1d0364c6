#include "http/health_routes.hpp"

#include "http/json_response.hpp"
#include "sxpool/api/common.hpp"
#include "sxpool/version.hpp"

namespace sxpool::http {

void registerHealthRoutes(Router& router) {
  router.add("GET", "/api/v1/health", [](RouteContext& ctx) {
    send(ctx.res, 200, api::HealthReply{"ok", std::string(kSystemName), std::string(kVersion)});
  });
}

}  // namespace sxpool::http
