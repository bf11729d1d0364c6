#pragma once
// One uploaded material (附件) as the API shows it: the reply of PUT …/materials/{kind} and the detail's list.
#include <cstdint>
#include <string>
#include <string_view>

#include "sxpool/api/codec.hpp"

namespace sxpool::api {

struct MaterialView {
  std::int64_t id = 0;
  std::string kind;  // "1" … "12"
  std::string kindLabel;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string contentType;
  std::string sha256;
  std::int64_t uploadedAt = 0;
  bool removed = false;
  std::string url;  // where to download it

  bool operator==(const MaterialView& o) const;
};

// The download address of a stored file of an application.
std::string fileUrl(std::int64_t applicationId, const std::string& sha256);

std::string encode(const MaterialView& material);
Parsed<MaterialView> decodeMaterialView(std::string_view text);

}  // namespace sxpool::api
