// The admin's rounds and holiday calendars (services/round_admin.hpp); the province may read.
#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "sxpool/api/rounds.hpp"

namespace sxpool::http {
namespace {

// The {year} of a path: 404 unless a year 2000–2100.
int yearParam(const RouteContext& ctx) {
  const auto id = idParam(ctx, "year");
  if (id < 2000 || id > 2100) throw services::notFound("年度 " + ctx.param("year") + " 无效，应为如 2027 的年份");
  return static_cast<int>(id);
}

}  // namespace

void registerRoundRoutes(Router& router, services::Services& s) {
  router.add("GET", "/api/v1/rounds",
             [&s](RouteContext& ctx) { send(ctx.res, 200, s.rounds.list(requireUser(s, ctx))); });
  router.add("POST", "/api/v1/rounds", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 201, s.rounds.create(decodeBody(ctx, api::decodeRoundSettings), user));
  });
  router.add("PUT", "/api/v1/rounds/:year", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const int year = yearParam(ctx);
    send(ctx.res, 200, s.rounds.update(year, decodeBody(ctx, api::decodeRoundSettings), user));
  });
  router.add("POST", "/api/v1/rounds/:year/open", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200, s.rounds.open(yearParam(ctx), user));
  });
  router.add("POST", "/api/v1/rounds/:year/close", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200, s.rounds.close(yearParam(ctx), user));
  });
  router.add("GET", "/api/v1/calendars/:year", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 200, s.rounds.calendar(yearParam(ctx), user));
  });
  router.add("PUT", "/api/v1/calendars/:year", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const int year = yearParam(ctx);
    send(ctx.res, 200, s.rounds.loadCalendar(year, decodeBody(ctx, api::decodeCalendarUpload), user));
  });
}

}  // namespace sxpool::http
