#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/service_error.hpp"
#include "store/file_store.hpp"
#include "store/records.hpp"
#include "sxpool/api/material.hpp"

namespace sxpool::services {

// A stored file to send: read from disk in chunks while it is sent, never whole into memory.
struct Download {
  std::filesystem::path path;
  std::uint64_t sizeBytes = 0;
  std::string contentType;
  std::string fileName;
};

// One upload streamed to disk. The checks that need no body (material, ownership, state, declared size) are made
// when it starts; the type (from the first bytes) and the limits as the bytes arrive. Until it is stored, the
// bytes live in a temporary file under attachments/tmp that goes away whatever happens.
class AttachmentUpload {
 public:
  // false: refused (too large, not PDF/JPEG/PNG, disk failure): the temporary file is gone; send nothing more.
  bool write(const char* data, size_t n);

 private:
  friend class AttachmentService;
  AttachmentUpload() = default;
  bool refuse(ServiceError error);

  std::int64_t applicationId_ = 0;
  std::string material_;
  std::string label_;
  std::string fileName_;
  std::uint64_t fileLimit_ = 0;
  std::uint64_t applicationLimit_ = 0;
  std::uint64_t storedBefore_ = 0;  // the application's attachments of other kinds
  std::optional<std::uint64_t> declared_;
  std::uint64_t received_ = 0;
  std::string head_;  // the first bytes, for the type
  std::string type_;
  std::unique_ptr<store::FileStore::Pending> file_;
  std::optional<ServiceError> refusal_;
};

// Materials 1–12: uploads checked by content (PDF, JPEG, PNG) and size, stored by SHA-256, downloadable only
// by those who may see the application.
class AttachmentService {
 public:
  explicit AttachmentService(AppContext& ctx) : ctx_(ctx) {}

  // Streaming: begin (before the body is read; throws the refusal), write chunk by chunk, finish (`complete`:
  // the whole body arrived). finish throws the refusal met on the way, or stores the file and its row.
  AttachmentUpload beginUpload(std::int64_t applicationId, const std::string& material, const std::string& fileName,
                               std::optional<std::uint64_t> declaredBytes, const CurrentUser& user);
  // A stored upload replaces the current material of its kind (marked removed, with its audit row, in the same
  // transaction): one request, no DELETE.
  api::MaterialView finishUpload(AttachmentUpload& upload, bool complete, const CurrentUser& user);
  // The same for bytes already in memory.
  api::MaterialView upload(std::int64_t applicationId, const std::string& material, const std::string& fileName,
                           const std::string& bytes, const CurrentUser& user);

  void remove(std::int64_t applicationId, std::int64_t attachmentId, const CurrentUser& user);
  Download download(std::int64_t applicationId, const std::string& sha256, const CurrentUser& user);

  // "application/pdf", "image/jpeg", "image/png" from the first bytes; "" for anything else.
  static std::string sniffType(const std::string& bytes);
  static std::string cleanFileName(const std::string& name);

 private:
  // The application's current attachments, but for those of `replacedKind` (which an upload replaces).
  std::uint64_t storedBytes(std::int64_t applicationId, const std::string& replacedKind);
  void markRemoved(const store::AttachmentRow& row, const CurrentUser& user);

  AppContext& ctx_;
};

// The API's view of a stored attachment row.
api::MaterialView materialView(const store::AttachmentRow& row, std::int64_t applicationId);

}  // namespace sxpool::services
