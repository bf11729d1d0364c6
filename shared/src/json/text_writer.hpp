#pragma once
// Internal: JSON text written straight into one string, byte for byte as nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) writes the same values (stored drafts and encodeWithMaterials rely on that).
#include <cstdint>
#include <string>
#include <string_view>

namespace sxpool::detail {

void writeString(std::string& out, std::string_view text);
void writeInteger(std::string& out, std::int64_t value);
inline void writeBool(std::string& out, bool value) { out += value ? "true" : "false"; }
inline void writeNull(std::string& out) { out += "null"; }
// Text known to need no escaping (codes, dates, decimals).
inline void writePlainString(std::string& out, std::string_view text) {
  out += '"';
  out += text;
  out += '"';
}

}  // namespace sxpool::detail
