#include "http/api_routes.hpp"
#include "http/json_response.hpp"
#include "http/route_helpers.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/api/accounts.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/session.hpp"
#include "sxpool/text.hpp"

namespace sxpool::http {

void registerAccountRoutes(Router& router, services::Services& s) {
  router.add("POST", "/api/v1/applicants", [&s](RouteContext& ctx) {
    auto user = s.auth.registerApplicant(decodeBody(ctx, api::decodeRegistrationRequest));
    send(ctx.res, 201, api::SessionReply{s.auth.userView(user)});
  });

  router.add("POST", "/api/v1/session", [&s](RouteContext& ctx) {
    const auto body = decodeBody(ctx, api::decodeSignInRequest);
    const auto remote = remoteOf(ctx.req);
    s.signInsByAddress.check(remote);
    auto result = [&] {
      try {
        return s.auth.login(body.account, body.password, remote);
      } catch (const services::ServiceError& e) {
        if (e.status == 401 || e.status == 403 || e.status == 429) s.signInsByAddress.failed(remote);
        throw;
      }
    }();
    ctx.res.set_header("Set-Cookie", s.auth.sessionCookie(result.token));
    send(ctx.res, 200, api::SessionReply{s.auth.userView(result.user)});
  });
  router.add("GET", "/api/v1/session", [&s](RouteContext& ctx) {
    // ?optional=1: the app's check before sign-in; "not signed in" is an answer then (204), not an error the
    // browser logs.
    if (ctx.req.get_param_value("optional") == "1") {
      try {
        send(ctx.res, 200, api::SessionReply{s.auth.userView(requireUser(s, ctx))});
      } catch (const services::ServiceError& e) {
        if (e.status != 401) throw;
        ctx.res.status = 204;
      }
      return;
    }
    send(ctx.res, 200, api::SessionReply{s.auth.userView(requireUser(s, ctx))});
  });
  router.add("DELETE", "/api/v1/session", [&s](RouteContext& ctx) {
    const auto token = sessionToken(ctx.req);
    auto user = s.auth.authenticate(token);
    s.auth.logout(token, user);
    ctx.res.set_header("Set-Cookie", s.auth.clearedCookie());
    ctx.res.status = 204;
  });

  router.add("POST", "/api/v1/session/password", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto body = decodeBody(ctx, api::decodePasswordChangeRequest);
    send(ctx.res, 200, api::SessionReply{s.accounts.changePassword(user, body)});
  });

  // The admin's reviewer accounts (services/account_admin.hpp).
  router.add("GET", "/api/v1/users", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    std::map<std::string, std::string> params;
    for (const auto& [k, v] : ctx.req.params) params[k] = v;
    send(ctx.res, 200, s.accounts.list(user, decodedOrBadRequest(api::UserListQuery::fromParams(params))));
  });
  router.add("POST", "/api/v1/users", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    send(ctx.res, 201, api::SessionReply{s.accounts.create(decodeBody(ctx, api::decodeNewUserRequest), user)});
  });
  for (const auto& [path, disabled] :
       {std::pair{"/api/v1/users/:id/disable", true}, {"/api/v1/users/:id/enable", false}})
    router.add("POST", path, [&s, disabled = disabled](RouteContext& ctx) {
      auto user = requireUser(s, ctx);
      send(ctx.res, 200, api::SessionReply{s.accounts.setDisabled(idParam(ctx, "id"), disabled, user)});
    });
  router.add("POST", "/api/v1/users/:id/password-reset", [&s](RouteContext& ctx) {
    auto user = requireUser(s, ctx);
    const auto id = idParam(ctx, "id");
    const auto body = decodeBody(ctx, api::decodePasswordResetRequest);
    send(ctx.res, 200, api::SessionReply{s.accounts.resetPassword(id, body, user)});
  });

  router.add("GET", "/api/v1/units", [&s](RouteContext& ctx) { send(ctx.res, 200, services::unitList(s.ctx)); });
  router.add("GET", "/api/v1/round", [&s](RouteContext& ctx) { send(ctx.res, 200, services::roundInfo(s.ctx)); });
}

}  // namespace sxpool::http
