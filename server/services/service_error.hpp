#pragma once
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace sxpool::services {

// A refusal with its HTTP status, a stable code, a Chinese message and field-level details.
// Routes turn it into {"error", "message", "fields"}; services throw it and never write HTTP themselves.
struct ServiceError : std::runtime_error {
  ServiceError(int status, std::string code, std::string message, nlohmann::json fields = nlohmann::json::array(),
               nlohmann::json extra = nlohmann::json::object())
      : std::runtime_error(message),
        status(status),
        code(std::move(code)),
        message(std::move(message)),
        fields(std::move(fields)),
        extra(std::move(extra)) {}
  int status;
  std::string code;
  std::string message;
  nlohmann::json fields;
  nlohmann::json extra;  // merged into the error body (e.g. the server copy of a draft on 409)
};

inline ServiceError badRequest(const std::string& message, nlohmann::json fields = nlohmann::json::array()) {
  return ServiceError(400, "bad_request", message, std::move(fields));
}
inline ServiceError unauthorized(const std::string& message) { return ServiceError(401, "unauthorized", message); }
inline ServiceError forbidden(const std::string& message) { return ServiceError(403, "forbidden", message); }
inline ServiceError notFound(const std::string& message) { return ServiceError(404, "not_found", message); }

}  // namespace sxpool::services
