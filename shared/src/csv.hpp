#pragma once
// Minimal CSV reading for the embedded reference data (no quoting needed there; quoted fields are still handled).
#include <string>
#include <string_view>
#include <vector>

namespace sxpool::detail {

// Rows of fields, header row included; blank lines and a trailing CR are dropped; a UTF-8 BOM is skipped.
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

}  // namespace sxpool::detail
