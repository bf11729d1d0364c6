#include "platform/emscripten/browser_materials.hpp"

#include <emscripten.h>

#include <cstdio>

#include "sxpool/api/common.hpp"
#include "sxpool/api/material.hpp"

namespace sxpool::web {

// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(void, js_pick_file, (int kind, double maxBytes, const char* url), {
    Module.sxpoolFiles.pick(kind, maxBytes, UTF8ToString(url));
});
EM_JS(void, js_cancel_upload, (int kind), { Module.sxpoolFiles.cancel(kind); });
EM_JS(void, js_retry_upload, (int kind), { Module.sxpoolFiles.retry(kind); });
EM_JS(void, js_preview_file, (const char* url, const char* fileName), {
    Module.sxpoolFiles.preview(UTF8ToString(url), UTF8ToString(fileName));
});
// clang-format on

BrowserMaterials& BrowserMaterials::instance() {
  static BrowserMaterials m;
  return m;
}

namespace {
std::string uploadUrl(long applicationId, MaterialKind kind) {
  return "api/v1/applications/" + std::to_string(applicationId) + "/materials/" +
         std::to_string(static_cast<int>(kind));
}
}  // namespace

void BrowserMaterials::pickFile(MaterialKind kind) {
  const long id = hooks_.applicationId ? hooks_.applicationId() : 0;
  if (id == 0) {
    auto& s = status_[static_cast<int>(kind)];
    s.state = UploadStatus::State::Failed;
    s.error = "请先登录并打开本年度的申请，再上传材料";
    return;
  }
  js_pick_file(static_cast<int>(kind), static_cast<double>(maxFileBytes_), uploadUrl(id, kind).c_str());
}

void BrowserMaterials::cancel(MaterialKind kind) {
  js_cancel_upload(static_cast<int>(kind));
  status_.erase(static_cast<int>(kind));
}

void BrowserMaterials::retry(MaterialKind kind) { js_retry_upload(static_cast<int>(kind)); }

void BrowserMaterials::remove(MaterialKind kind) {
  status_.erase(static_cast<int>(kind));
  if (hooks_.removeUploaded) hooks_.removeUploaded(kind);
}

void BrowserMaterials::preview(MaterialKind kind) {
  const long id = hooks_.applicationId ? hooks_.applicationId() : 0;
  const std::string sha = hooks_.sha256Of ? hooks_.sha256Of(kind) : std::string();
  if (id == 0 || sha.empty()) return;
  const std::string url = "api/v1/applications/" + std::to_string(id) + "/files/" + sha;
  js_preview_file(url.c_str(), "");
}

UploadStatus BrowserMaterials::status(MaterialKind kind) const {
  auto it = status_.find(static_cast<int>(kind));
  return it == status_.end() ? UploadStatus{} : it->second;
}

void BrowserMaterials::onStarted(int kind, const char* fileName, double size) {
  auto& s = status_[kind];
  s = UploadStatus{};
  s.state = UploadStatus::State::Uploading;
  s.fileName = fileName ? fileName : "";
  s.sizeBytes = static_cast<std::int64_t>(size);
  if (hooks_.wake) hooks_.wake();
}

void BrowserMaterials::onProgress(int kind, double loaded, double total) {
  auto& s = status_[kind];
  s.progress = total > 0 ? static_cast<float>(loaded / total) : 0.0f;
  if (hooks_.wake) hooks_.wake();
}

void BrowserMaterials::onFinished(int kind, int httpStatus, const char* body) {
  auto& s = status_[kind];
  const std::string_view text = body ? body : "";
  const auto stored = httpStatus == 201 ? api::decodeMaterialView(text) : api::Parsed<api::MaterialView>{};
  if (stored && fromCode<MaterialKind>(stored->kind) == static_cast<MaterialKind>(kind)) {
    status_.erase(kind);
    if (hooks_.uploaded) hooks_.uploaded(*stored);
  } else {
    const auto refusal = api::decodeErrorBody(text);
    s.state = UploadStatus::State::Failed;
    // The server refused the file itself (4xx: type, size, content): sending it again cannot help.
    s.retryable = httpStatus == 0 || httpStatus >= 500 || httpStatus == 401 || httpStatus == 408 || httpStatus == 429;
    s.error = refusal && !refusal->message.empty() ? refusal->message
              : httpStatus == 0 ? "网络中断，上传未完成：请检查网络后点「重试」"
                                : "上传失败（服务器返回 " + std::to_string(httpStatus) + "），请点「重试」";
    if (hooks_.note) hooks_.note(s.error);
  }
  if (hooks_.wake) hooks_.wake();
}

namespace {
std::string megabytes(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
  return buf;
}
}  // namespace

void BrowserMaterials::onRefused(int kind, const char* fileName, const char* reason, double size) {
  auto& s = status_[kind];
  s = UploadStatus{};
  s.state = UploadStatus::State::Failed;
  s.fileName = fileName ? fileName : "";
  s.sizeBytes = static_cast<std::int64_t>(size);
  const std::string why = reason ? reason : "";
  const std::string file = "文件「" + s.fileName + "」";
  if (why == "empty")
    s.error = file + "是空的（0 字节）：请重新选择文件";
  else if (why == "size")
    s.error = file + "大小为 " + megabytes(size) + "，超过单个文件上限 " +
              megabytes(static_cast<double>(maxFileBytes_)) + "：请压缩或拆分成几个文件后，点「重新选择文件」";
  else
    s.error = file +
              "的内容不是 PDF、JPEG 或 PNG（按文件内容识别，不看扩展名）：请转换为这三种格式之一后，点「重新选择文件」";
  if (hooks_.note) hooks_.note(s.error);  // the file name is the user's text
  if (hooks_.wake) hooks_.wake();
}

}  // namespace sxpool::web

extern "C" {
EMSCRIPTEN_KEEPALIVE void sxpool_upload_started(int kind, const char* name, double size) {
  sxpool::web::BrowserMaterials::instance().onStarted(kind, name, size);
}
EMSCRIPTEN_KEEPALIVE void sxpool_upload_progress(int kind, double loaded, double total) {
  sxpool::web::BrowserMaterials::instance().onProgress(kind, loaded, total);
}
EMSCRIPTEN_KEEPALIVE void sxpool_upload_finished(int kind, int status, const char* body) {
  sxpool::web::BrowserMaterials::instance().onFinished(kind, status, body);
}
EMSCRIPTEN_KEEPALIVE void sxpool_upload_refused(int kind, const char* name, const char* reason, double size) {
  sxpool::web::BrowserMaterials::instance().onRefused(kind, name, reason, size);
}
}
