#pragma once
// What every route handler needs: the body as JSON, ids from the path, the signed-in user.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "http/router.hpp"
#include "services/service_error.hpp"
#include "services/services.hpp"
#include "sxpool/api/codec.hpp"

namespace sxpool::services {
// For handlers that still build their field errors as JSON ([{"path", "message"}]).
ServiceError badRequest(const std::string& message, const nlohmann::json& fields);
}  // namespace sxpool::services

namespace sxpool::http {

// The request body decoded into its type (an empty body reads as {}); 400 with the decoder's message and field
// errors when it does not decode.
template <class T>
T decodeBody(const RouteContext& ctx, api::Parsed<T> (*decode)(std::string_view)) {
  auto parsed = decode(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  if (!parsed) {
    std::vector<api::ErrorField> fields;
    for (const auto& f : parsed.fields) fields.push_back(api::errorField(f));
    throw services::badRequest(parsed.message, std::move(fields));
  }
  return std::move(*parsed.value);
}

nlohmann::json jsonBody(const RouteContext& ctx);                        // {} for an empty body; 400 when not JSON
std::int64_t idParam(const RouteContext& ctx, const std::string& name);  // 404 when not a positive number
std::string sessionToken(const httplib::Request& req);
services::CurrentUser requireUser(services::Services& s, const RouteContext& ctx);
std::string remoteOf(const httplib::Request& req);
// The Content-Length of a body not sent in chunks; nullopt when unknown.
std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req);

}  // namespace sxpool::http
