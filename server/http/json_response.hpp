#pragma once
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

namespace sxpool::http {

// One field-level problem in an error body: the field path and what to do about it.
struct FieldError {
  std::string path;
  std::string message;
  std::string rule;  // rule id when the domain model gave one
};

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
// Every error leaves as {"error": code, "message": 中文, "fields": [...]}.
void sendError(httplib::Response& res, int status, const std::string& code, const std::string& message,
               const nlohmann::json& fields = nlohmann::json::array());

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
