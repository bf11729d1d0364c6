#pragma once
// UTF-8 helpers shared by rules and the UI (character counters).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sxpool {

// Number of Unicode code points; invalid bytes count as one character each.
std::size_t utf8Length(std::string_view text);
bool isValidUtf8(std::string_view text);
// Without leading/trailing ASCII and full-width (U+3000) spaces.
std::string_view trimmed(std::string_view text);
bool isBlank(std::string_view text);
// Every byte but RFC 3986's unreserved characters (letters, digits, - . _ ~) as %XX: query values, and the UTF-8
// file names of RFC 6266 `filename*` (RFC 5987).
std::string percentEncoded(std::string_view text);
// The whole text as a decimal integer ("-12" yes; "", "12abc", " 5", "1.0" and overflow: nothing).
std::optional<std::int64_t> parseInteger(std::string_view text);

}  // namespace sxpool
