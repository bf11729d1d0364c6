#include "http/health_routes.hpp"

#include "http/json_response.hpp"
#include "sxpool/version.hpp"

namespace sxpool::http {

void registerHealthRoutes(Router& router) {
  router.add("GET", "/api/v1/health", [](RouteContext& ctx) {
    sendJson(ctx.res, 200,
             {{"status", "ok"}, {"system", std::string(kSystemName)}, {"version", std::string(kVersion)}});
  });
}

}  // namespace sxpool::http
