#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sxpool/api/common.hpp"

namespace sxpool::api {
struct DraftReply;
}

namespace sxpool::services {

// A refusal with its HTTP status, a stable code, a Chinese message and field-level details.
// Routes send it as the ErrorBody (or, with `server`, the DraftConflict); services never write HTTP themselves.
struct ServiceError : std::runtime_error {
  ServiceError(int status, std::string code, std::string message, std::vector<api::ErrorField> fields = {})
      : std::runtime_error(message),
        status(status),
        code(std::move(code)),
        message(std::move(message)),
        fields(std::move(fields)) {}
  int status;
  std::string code;
  std::string message;
  std::vector<api::ErrorField> fields;
  std::optional<std::int64_t> retryAfterSeconds;  // 429: also the Retry-After header
  std::shared_ptr<const api::DraftReply> server;  // 409 draft_conflict: the draft the server holds

  api::ErrorBody body() const { return {code, message, fields, retryAfterSeconds}; }
};

inline ServiceError badRequest(const std::string& message, std::vector<api::ErrorField> fields = {}) {
  return ServiceError(400, "bad_request", message, std::move(fields));
}
inline ServiceError unauthorized(const std::string& message) { return ServiceError(401, "unauthorized", message); }
inline ServiceError forbidden(const std::string& message) { return ServiceError(403, "forbidden", message); }
inline ServiceError notFound(const std::string& message) { return ServiceError(404, "not_found", message); }
// The data directory's disk is full (store::StorageFull): nothing of the request was kept, reads go on.
inline ServiceError storageFull() {
  return ServiceError(507, "storage_full",
                      "服务器存储空间已满，本次操作没有保存（已保存的内容不受影响）：请稍后重试；"
                      "若一再出现，请联系系统管理员清理数据目录所在磁盘");
}
// Another process holds the database locked (store::StorageBusy): nothing was written.
inline ServiceError storageBusy() {
  ServiceError e(503, "storage_busy",
                 "数据库暂时被其他程序占用，本次操作没有保存：请稍后重试；若一再出现，请联系系统管理员");
  e.retryAfterSeconds = 5;
  return e;
}
// One field error without rule: {"path", "message"}.
inline api::ErrorField fieldError(std::string path, std::string message) {
  return {std::move(path), std::move(message), {}, std::nullopt};
}

}  // namespace sxpool::services
