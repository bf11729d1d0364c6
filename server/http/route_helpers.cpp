#include "http/route_helpers.hpp"

#include "services/service_error.hpp"
#include "sxpool/json.hpp"

namespace sxpool::http {

std::int64_t idParam(const RouteContext& ctx, const std::string& name) {
  const std::string& text = ctx.param(name);
  std::int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || value > 100000000000LL) throw services::notFound("编号 " + text + " 无效");
    value = value * 10 + (c - '0');
  }
  if (value <= 0) throw services::notFound("编号 " + text + " 无效");
  return value;
}

std::string sessionToken(const httplib::Request& req) {
  const std::string cookies = req.get_header_value("Cookie");
  const std::string name = std::string(services::AuthService::kCookieName) + "=";
  size_t pos = 0;
  while (pos < cookies.size()) {
    while (pos < cookies.size() && (cookies[pos] == ' ' || cookies[pos] == ';')) ++pos;
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    if (cookies.compare(pos, name.size(), name) == 0) return cookies.substr(pos + name.size(), end - pos - name.size());
    pos = end + 1;
  }
  return {};
}

services::CurrentUser requireUser(services::Services& s, const RouteContext& ctx) {
  auto user = s.auth.authenticate(sessionToken(ctx.req));
  // After an admin set the password (a new account, a reset) only the session itself and the password change answer
  // until the password is changed.
  if (user.user.mustChangePassword && ctx.req.path != "/api/v1/session" && ctx.req.path != "/api/v1/session/password")
    throw services::ServiceError(
        403, "password_change_required",
        "您的密码由管理员设定（新建账号或重置密码）：请先在「修改密码」中设置自己的新密码，再继续使用系统");
  return user;
}

std::string remoteOf(const httplib::Request& req) { return req.remote_addr; }

std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req) {
  if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos) return std::nullopt;
  const std::string text = req.get_header_value("Content-Length");
  if (text.empty() || text.size() > 19) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

std::map<std::string, std::string> queryParams(const RouteContext& ctx) {
  std::map<std::string, std::string> params;
  for (const auto& [k, v] : ctx.req.params) params[k] = v;
  return params;
}

void sendEncoded(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

}  // namespace sxpool::http
