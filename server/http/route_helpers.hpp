#pragma once
// What every route handler needs: the body as JSON, ids from the path, the signed-in user.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "http/router.hpp"
#include "services/service_error.hpp"
#include "services/services.hpp"
#include "sxpool/api/codec.hpp"

namespace sxpool::http {

// A decoded request's value; 400 with the decoder's message and field errors when it did not decode.
template <class T>
T decodedOrBadRequest(api::Parsed<T> parsed) {
  if (!parsed) {
    std::vector<api::ErrorField> fields;
    for (const auto& f : parsed.fields) fields.push_back(api::errorField(f));
    throw services::badRequest(parsed.message, std::move(fields));
  }
  return std::move(*parsed.value);
}

// The request body decoded into its type (an empty body reads as {}).
template <class T>
T decodeBody(const RouteContext& ctx, api::Parsed<T> (*decode)(std::string_view)) {
  return decodedOrBadRequest(decode(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body)));
}

// The URL's query parameters (a repeated key: its last value).
std::map<std::string, std::string> queryParams(const RouteContext& ctx);
// A 200/4xx answer of an encoded body (sxpool/api), never cached.
void sendEncoded(httplib::Response& res, int status, std::string body);
std::int64_t idParam(const RouteContext& ctx, const std::string& name);  // 404 when not a positive number
std::string sessionToken(const httplib::Request& req);
services::CurrentUser requireUser(services::Services& s, const RouteContext& ctx);
std::string remoteOf(const httplib::Request& req);
// The Content-Length of a body not sent in chunks; nullopt when unknown.
std::optional<std::uint64_t> declaredBodyLength(const httplib::Request& req);

}  // namespace sxpool::http
