#include "http/json_response.hpp"

#include "services/service_error.hpp"
#include "sxpool/api/draft.hpp"

namespace sxpool::http {

void sendBody(httplib::Response& res, int status, const std::string& json) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(json, "application/json; charset=utf-8");
}

void sendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  sendBody(res, status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void sendError(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  send(res, status, api::ErrorBody{code, message, {}, std::nullopt});
}

void sendServiceError(httplib::Response& res, const services::ServiceError& e) {
  if ((e.status == 429 || e.status == 503) && e.retryAfterSeconds)
    res.set_header("Retry-After", std::to_string(*e.retryAfterSeconds));
  if (e.server)
    send(res, e.status, api::DraftConflict{e.body(), *e.server});
  else
    send(res, e.status, e.body());
}

void fillDefaultError(httplib::Response& res) {
  switch (res.status) {
    case 400: sendError(res, 400, "bad_request", "请求格式不正确：请检查请求行、请求头与请求体"); break;
    case 404: sendError(res, 404, "not_found", "没有这个地址：请检查网址是否正确"); break;
    case 405: sendError(res, 405, "method_not_allowed", "此地址不支持该请求方法"); break;
    case 413: sendError(res, 413, "payload_too_large", "请求体太大：请缩小提交的内容或文件"); break;
    case 414: sendError(res, 414, "uri_too_long", "网址太长：请缩短查询条件"); break;
    default:
      sendError(res, res.status, "error", "服务器无法处理该请求（HTTP " + std::to_string(res.status) + "）");
      break;
  }
}

void sendInternalError(httplib::Response& res) {
  sendError(res, 500, "internal", "服务器内部错误：请稍后重试；若一再出现，请联系系统管理员");
}

}  // namespace sxpool::http
