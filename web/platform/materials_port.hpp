#pragma once
#include <cstdint>
#include <string>

#include "sxpool/application.hpp"

namespace sxpool::web {

// Upload state of one of the 12 materials while a file is on its way (the finished file's metadata is in the
// Application's materials list).
struct UploadStatus {
  enum class State { Idle, Uploading, Failed } state = State::Idle;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  float progress = 0;  // 0…1 while uploading
  std::string error;   // Chinese, when Failed (why and what to do)
  // Failed: the same file may go again ("重试": the network or the server failed); false when the file itself was
  // refused (type, size, empty): only "重新选择文件" helps then.
  bool retryable = false;
};

// What the materials step may ask of the platform: the browser's file picker, uploads with progress, preview in
// a new tab. The browser implementation lives in platform/emscripten; tests use a stand-in.
class MaterialsPort {
 public:
  virtual ~MaterialsPort() = default;
  virtual void pickFile(MaterialKind kind) = 0;  // opens the file picker; the chosen file is checked and uploaded
  virtual void cancel(MaterialKind kind) = 0;
  virtual void retry(MaterialKind kind) = 0;
  virtual void remove(MaterialKind kind) = 0;   // removes the uploaded file from the application
  virtual void preview(MaterialKind kind) = 0;  // opens the uploaded file in a new browser tab
  virtual UploadStatus status(MaterialKind kind) const = 0;
  // Size and type limits, for the step's hint text and for refusing a file before upload.
  virtual std::int64_t maxFileBytes() const = 0;
  virtual void setMaxFileBytes(std::int64_t) {}  // the server's limit, once known
};

}  // namespace sxpool::web
