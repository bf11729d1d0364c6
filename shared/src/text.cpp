#include "sxpool/text.hpp"

#include <charconv>

namespace sxpool {
namespace {

// Length of the UTF-8 sequence starting at s[i], 0 when invalid.
std::size_t sequenceLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0 && c >= 0xC2)
    n = 2;
  else if ((c & 0xF0) == 0xE0)
    n = 3;
  else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
    n = 4;
  else
    return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  // RFC 3629: no overlong form (E0 80…, F0 80…), no surrogate (ED A0…), nothing above U+10FFFF (F4 90…) —
  // what JSON encoders refuse (found by fuzz/fields_fuzz.cpp).
  const auto d = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90))
    return 0;
  return n;
}

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

}  // namespace

std::size_t utf8Length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    const std::size_t n = sequenceLength(text, i);
    i += n == 0 ? 1 : n;
  }
  return count;
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequenceLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string_view trimmed(std::string_view text) {
  for (;;) {
    if (!text.empty() && isAsciiSpace(text.front()))
      text.remove_prefix(1);
    else if (text.substr(0, 3) == kIdeographicSpace)
      text.remove_prefix(3);
    else
      break;
  }
  for (;;) {
    if (!text.empty() && isAsciiSpace(text.back()))
      text.remove_suffix(1);
    else if (text.size() >= 3 && text.substr(text.size() - 3) == kIdeographicSpace)
      text.remove_suffix(3);
    else
      break;
  }
  return text;
}

bool isBlank(std::string_view text) { return trimmed(text).empty(); }

std::optional<std::int64_t> parseInteger(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string percentEncoded(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace sxpool
