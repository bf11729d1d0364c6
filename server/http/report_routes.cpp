// The report routes (docs/api.md "Reports", 指南第十、十一条): each decodes its body into its sxpool/api type (a
// failure is a 400 with the message and fields), calls the report service, and encodes the typed result.
#include "http/api_routes.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"
#include "sxpool/api/reports.hpp"

namespace sxpool::http {
namespace {

void sendJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

// ?due=YYYY-MM-DD (absent or empty: the service's default period).
std::optional<Date> dueParam(const RouteContext& ctx) {
  const auto text = ctx.req.get_param_value("due");
  if (text.empty()) return std::nullopt;
  auto d = parseDate(text);
  if (!d)
    throw services::badRequest("「due」应为日期 YYYY-MM-DD（周期的截止日期）",
                               {services::fieldError("due", "日期格式应为 YYYY-MM-DD")});
  return d;
}

}  // namespace

void registerReportRoutes(Router& router, services::Services& s) {
  // 第十条
  router.add("POST", "/api/v1/applications/:id/service-reports", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeServiceReportBody);
    sendJson(ctx.res, 201, api::encode(s.reports.fileServiceReport(id, user, body)));
  });
  router.add("GET", "/api/v1/reports/mine",
             [&s](RouteContext& ctx) { sendJson(ctx.res, 200, api::encode(s.reports.mine(requireUser(s, ctx)))); });
  router.add("GET", "/api/v1/reports/overview", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    sendJson(ctx.res, 200, api::encode(s.reports.overview(user, dueParam(ctx))));
  });
  router.add("GET", "/api/v1/reports/notices",
             [&s](RouteContext& ctx) { sendJson(ctx.res, 200, api::encode(s.reports.notices(requireUser(s, ctx)))); });
  router.add("POST", "/api/v1/reports/notices", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    decodeBody(ctx, api::decodeNoticePublishRequest);
    sendJson(ctx.res, 201, api::encode(s.reports.publishNotices(user)));
  });
  router.add("POST", "/api/v1/applications/:id/removal-proposal", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeProposalDecisionBody);
    sendJson(ctx.res, 200, api::encode(s.reports.decideProposal(id, user, body)));
  });
  // 第十一条
  router.add("POST", "/api/v1/applications/:id/change-reports", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeChangeReportBody);
    sendJson(ctx.res, 201, api::encode(s.reports.fileChangeReport(id, user, body)));
  });
  router.add("GET", "/api/v1/change-reports", [&s](RouteContext& ctx) {
    sendJson(ctx.res, 200, api::encode(s.reports.changeReports(requireUser(s, ctx))));
  });
  router.add("POST", "/api/v1/change-reports/:id/decision", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodeChangeDecisionBody);
    sendJson(ctx.res, 200, api::encode(s.reports.decideChange(id, user, body)));
  });
}

}  // namespace sxpool::http
