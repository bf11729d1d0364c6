#pragma once
#include <functional>
#include <map>
#include <string_view>

#include "platform/materials_port.hpp"
#include "sxpool/api/material.hpp"

namespace sxpool::web {

// MaterialsPort in the browser: the file picker and drag-and-drop, a check of size and type (by content) before
// anything is sent, XHR uploads with progress and cancel (fetch cannot report upload progress), preview of an
// uploaded file in a new tab (fetched as a blob, since the server always sends attachments for download).
class BrowserMaterials final : public MaterialsPort {
 public:
  struct Hooks {
    std::function<long()> applicationId;                     // 0 while none is open
    std::function<void(const api::MaterialView&)> uploaded;  // stored (replacing the earlier one), as the server said
    std::function<void(MaterialKind)> removeUploaded;        // remove it from the draft (and the server)
    std::function<std::string(MaterialKind)> sha256Of;       // of the uploaded file, for preview
    std::function<void()> wake;
    std::function<void(std::string_view)> note;  // text from outside (file names) must render: into the glyph set
  };
  static BrowserMaterials& instance();
  void setHooks(Hooks hooks) { hooks_ = std::move(hooks); }
  void setMaxFileBytes(std::int64_t bytes) override { maxFileBytes_ = bytes; }

  void pickFile(MaterialKind kind) override;
  void cancel(MaterialKind kind) override;
  void retry(MaterialKind kind) override;
  void remove(MaterialKind kind) override;
  void preview(MaterialKind kind) override;
  UploadStatus status(MaterialKind kind) const override;
  std::int64_t maxFileBytes() const override { return maxFileBytes_; }

  // From bridge.js.
  void onStarted(int kind, const char* fileName, double size);
  void onProgress(int kind, double loaded, double total);
  void onFinished(int kind, int httpStatus, const char* body);
  // Refused in the browser before anything was sent: reason "empty", "size" or "type" (the message is the app's).
  void onRefused(int kind, const char* fileName, const char* reason, double size);

 private:
  Hooks hooks_;
  std::int64_t maxFileBytes_ = 20LL * 1024 * 1024;
  std::map<int, UploadStatus> status_;
};

}  // namespace sxpool::web
