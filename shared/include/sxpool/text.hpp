#pragma once
// UTF-8 helpers shared by rules and the UI (character counters).
#include <cstddef>
#include <string>
#include <string_view>

namespace sxpool {

// Number of Unicode code points; invalid bytes count as one character each.
std::size_t utf8Length(std::string_view text);
bool isValidUtf8(std::string_view text);
// Without leading/trailing ASCII and full-width (U+3000) spaces.
std::string_view trimmed(std::string_view text);
bool isBlank(std::string_view text);

}  // namespace sxpool
