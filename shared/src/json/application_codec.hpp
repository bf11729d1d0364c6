#pragma once
// Internal: the application document's codec, driven by the field tables (sxpool/fields/application_fields.hpp).
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/json.hpp"

namespace sxpool::detail {

// Compact text, members in key order (as nlohmann's std::map-backed objects have always written them).
void writeApplication(std::string& out, const Application& app);
void writeMaterials(std::string& out, const std::vector<Material>& materials);
// Reads the text straight from the parser's events into an Application.
DecodeResult readApplication(std::string_view text);

}  // namespace sxpool::detail
