#include "http/route_helpers.hpp"

#include "services/service_error.hpp"
#include "sxpool/json.hpp"

namespace sxpool::services {
ServiceError badRequest(const std::string& message, const nlohmann::json& fields) {
  std::vector<api::ErrorField> out;
  for (const auto& f : fields)
    if (f.is_object()) out.push_back(fieldError(f.value("path", ""), f.value("message", "")));
  return badRequest(message, std::move(out));
}
}  // namespace sxpool::services

namespace sxpool::http {

nlohmann::json jsonBody(const RouteContext& ctx) {
  if (ctx.req.body.empty()) return nlohmann::json::object();
  std::vector<JsonError> errors;
  auto parsed = parseJson(ctx.req.body, errors);
  if (!parsed) throw services::badRequest("请求体不是有效的 JSON：" + errors.front().message);
  return std::move(*parsed);
}

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
  return s.auth.authenticate(sessionToken(ctx.req));
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

}  // namespace sxpool::http
