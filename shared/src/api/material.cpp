#include "sxpool/api/material.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

bool MaterialView::operator==(const MaterialView& o) const { return toJson(*this) == toJson(o); }

std::string fileUrl(std::int64_t applicationId, const std::string& sha256) {
  return "/api/v1/applications/" + std::to_string(applicationId) + "/files/" + sha256;
}

std::string encode(const MaterialView& material) { return dump(toJson(material)); }
Parsed<MaterialView> decodeMaterialView(std::string_view text) {
  return decodeObject<MaterialView>(text, [](const json& j, JsonReader& r, MaterialView& out) { read(r, j, "", out); });
}

}  // namespace sxpool::api
