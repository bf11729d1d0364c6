#pragma once
// What every route handler needs: the body as JSON, ids from the path, the signed-in user.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "http/router.hpp"
#include "services/services.hpp"

namespace sxpool::http {

nlohmann::json jsonBody(const RouteContext& ctx);                        // {} for an empty body; 400 when not JSON
std::int64_t idParam(const RouteContext& ctx, const std::string& name);  // 404 when not a positive number
std::string sessionToken(const httplib::Request& req);
services::CurrentUser requireUser(services::Services& s, const RouteContext& ctx);
std::string remoteOf(const httplib::Request& req);
// The Content-Length of a body not sent in chunks; nullopt when unknown.
std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req);

}  // namespace sxpool::http
