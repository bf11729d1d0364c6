// The public routes, read without signing in (docs/api.md "Public pages"): the directory of the admitted pool
// (指南第十四条) and the 公示 list (第八条(四)), each as JSON under /api/v1/public and as plain HTML.
#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/public_pages.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"

namespace sxpool::http {
namespace {

void sendPublic(httplib::Response& res, int status, std::string body, const char* type) {
  res.status = status;
  res.set_header("Cache-Control", "no-cache");  // public, but always the pool as it is now
  res.set_content(std::move(body), type);
}

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kJson = "application/json; charset=utf-8";

// An HTML page's refusal: the same status and message as the JSON route's, as a page.
template <class F>
void htmlOrError(RouteContext& ctx, F&& render) {
  try {
    sendPublic(ctx.res, 200, render(), kHtml);
  } catch (const services::ServiceError& e) {
    sendPublic(ctx.res, e.status, errorHtml(e.status == 404 ? "没有找到" : "查询条件有误", e.message), kHtml);
  }
}

}  // namespace

void registerPublicRoutes(Router& router, services::Services& s) {
  router.add("GET", "/api/v1/public/directory", [&s](RouteContext& ctx) {
    const auto query = decodedOrBadRequest(api::DirectoryQuery::fromParams(queryParams(ctx)));
    sendPublic(ctx.res, 200, s.directory.searchJson(query), kJson);
  });
  router.add("GET", "/api/v1/public/directory/:id", [&s](RouteContext& ctx) {
    sendPublic(ctx.res, 200, api::encode(s.directory.institution(idParam(ctx, "id"))), kJson);
  });
  router.add("GET", "/api/v1/public/publicity",
             [&s](RouteContext& ctx) { sendPublic(ctx.res, 200, api::encode(s.directory.notices()), kJson); });
  router.add("GET", "/directory", [&s](RouteContext& ctx) {
    htmlOrError(ctx, [&] {
      const auto query = decodedOrBadRequest(api::DirectoryQuery::fromParams(queryParams(ctx)));
      return directoryHtml(query, s.directory.search(query));
    });
  });
  router.add("GET", "/directory/:id", [&s](RouteContext& ctx) {
    htmlOrError(ctx, [&] { return institutionHtml(s.directory.institution(idParam(ctx, "id"))); });
  });
  router.add("GET", "/publicity",
             [&s](RouteContext& ctx) { htmlOrError(ctx, [&] { return noticesHtml(s.directory.notices()); }); });
}

}  // namespace sxpool::http
