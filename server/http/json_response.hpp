#pragma once
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "sxpool/api/codec.hpp"

namespace sxpool::http {

// A body already encoded as JSON text (one of the sxpool/api types' encode).
void sendBody(httplib::Response& res, int status, const std::string& json);
template <class T>
void send(httplib::Response& res, int status, const T& body) {
  sendBody(res, status, encode(body));
}

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
// Every error leaves as the ErrorBody {"error": code, "message": 中文, "fields": [...]}.
void sendError(httplib::Response& res, int status, const std::string& code, const std::string& message);

}  // namespace sxpool::http
namespace sxpool::services {
struct ServiceError;
}
namespace sxpool::http {
void sendServiceError(httplib::Response& res, const services::ServiceError& error);

// The standard error for a bare HTTP status (used when cpp-httplib itself refuses a request).
void fillDefaultError(httplib::Response& res);
// 500 for an unexpected exception.
void sendInternalError(httplib::Response& res);

}  // namespace sxpool::http
