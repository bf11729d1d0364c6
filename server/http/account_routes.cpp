#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/round.hpp"
#include "sxpool/text.hpp"

namespace sxpool::http {

void registerAccountRoutes(Router& router, services::Services& s) {
  router.add("POST", "/api/v1/applicants", [&s](RouteContext& ctx) {
    auto user = s.auth.registerApplicant(jsonBody(ctx));
    sendJson(ctx.res, 201, {{"user", s.auth.userJson(user)}});
  });

  router.add("POST", "/api/v1/session", [&s](RouteContext& ctx) {
    const auto body = jsonBody(ctx);
    auto result = s.auth.login(body.value("account", ""), body.value("password", ""), remoteOf(ctx.req));
    ctx.res.set_header("Set-Cookie", s.auth.sessionCookie(result.token));
    sendJson(ctx.res, 200, {{"user", s.auth.userJson(result.user)}});
  });
  router.add("GET", "/api/v1/session", [&s](RouteContext& ctx) {
    sendJson(ctx.res, 200, {{"user", s.auth.userJson(requireUser(s, ctx))}});
  });
  router.add("DELETE", "/api/v1/session", [&s](RouteContext& ctx) {
    const auto token = sessionToken(ctx.req);
    auto user = s.auth.authenticate(token);
    s.auth.logout(token, user);
    ctx.res.set_header("Set-Cookie", s.auth.clearedCookie());
    ctx.res.status = 204;
  });

  router.add("GET", "/api/v1/users", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    if (user.role != Role::Admin) throw services::forbidden("只有系统管理员可以管理账号");
    nlohmann::json items = nlohmann::json::array();
    for (const auto& row : s.ctx.store.users()) {
      auto u = s.auth.userFor(row.id);
      items.push_back(s.auth.userJson(*u));
    }
    sendJson(ctx.res, 200, {{"items", items}});
  });
  router.add("POST", "/api/v1/users", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    if (user.role != Role::Admin) throw services::forbidden("只有系统管理员可以新建审核人员账号");
    const auto body = jsonBody(ctx);
    services::NewAccount a;
    a.account = body.value("account", "");
    a.password = body.value("password", "");
    a.role = body.value("role", "");
    a.unitCode = body.value("unitCode", "");
    a.displayName = body.value("displayName", "");
    a.contactName = body.value("contactName", "");
    a.contactPhone = body.value("contactPhone", "");
    a.email = body.value("email", "");
    if (a.role == "applicant") throw services::badRequest("申请机构请自行注册（POST /api/v1/applicants）");
    auto row = s.auth.createAccount(a, user);
    sendJson(ctx.res, 201, {{"user", s.auth.userJson(*s.auth.userFor(row.id))}});
  });

  router.add("GET", "/api/v1/units", [&s](RouteContext& ctx) { sendJson(ctx.res, 200, services::unitsJson(s.ctx)); });

  router.add("GET", "/api/v1/round", [&s](RouteContext& ctx) {
    const auto& r = s.ctx.round;
    sendJson(ctx.res, 200,
             {{"year", r.year},
              {"deadline", formatDate(r.deadline)},
              {"enforceDeadline", r.enforceDeadline},
              {"today", formatDate(s.ctx.clock.today())},
              {"publicityWorkingDays", r.publicityWorkingDays},
              {"limits",
               {{"attachmentFileBytes", s.ctx.config.attachmentFileLimit},
                {"attachmentApplicationBytes", s.ctx.config.attachmentApplicationLimit},
                {"jsonBodyBytes", s.ctx.config.jsonBodyLimit}}},
              {"passwordPolicy",
               {{"minLength", s.ctx.config.passwordPolicy.minLength},
                {"requiredClasses", s.ctx.config.passwordPolicy.requiredClasses}}}});
  });
}

}  // namespace sxpool::http
