#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"

namespace sxpool::services {

struct Download {
  std::string bytes;
  std::string contentType;
  std::string fileName;
};

// Materials 1–12: uploads checked by content (PDF, JPEG, PNG) and size, stored by SHA-256, downloadable only
// by those who may see the application.
class AttachmentService {
 public:
  explicit AttachmentService(AppContext& ctx) : ctx_(ctx) {}

  nlohmann::json upload(std::int64_t applicationId, const std::string& material, const std::string& fileName,
                        const std::string& bytes, const CurrentUser& user);
  void remove(std::int64_t applicationId, std::int64_t attachmentId, const CurrentUser& user);
  Download download(std::int64_t applicationId, const std::string& sha256, const CurrentUser& user);

  // "application/pdf", "image/jpeg", "image/png" from the first bytes; "" for anything else.
  static std::string sniffType(const std::string& bytes);
  static std::string cleanFileName(const std::string& name);

 private:
  AppContext& ctx_;
};

}  // namespace sxpool::services
