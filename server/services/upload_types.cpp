#include "services/upload_types.hpp"

#include <string_view>

namespace sxpool::services {
namespace {

constexpr std::size_t kMaxFileNameBytes = 200;

// Length of the UTF-8 sequence at s[i] (RFC 3629: no overlong form, no surrogate, at most U+10FFFF), 0 if none.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  const std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  const auto d = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90))
    return 0;
  return n;
}

}  // namespace

std::string sniffUploadType(const std::string& b) {
  if (b.size() >= 5 && b.compare(0, 5, "%PDF-") == 0) return "application/pdf";
  if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
      static_cast<unsigned char>(b[2]) == 0xFF)
    return "image/jpeg";
  if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "image/png";
  return {};
}

std::string cleanUploadFileName(const std::string& name) {
  const auto slash = name.find_last_of("/\\");
  const std::string_view base =
      slash == std::string::npos ? std::string_view(name) : std::string_view(name).substr(slash + 1);
  std::string out;
  for (std::size_t i = 0; i < base.size();) {
    const std::size_t n = utf8SequenceLength(base, i);
    if (n == 0) {  // not UTF-8: the byte is dropped (the name goes into JSON and headers)
      ++i;
      continue;
    }
    const auto c = static_cast<unsigned char>(base[i]);
    const bool keep = n > 1 || (c >= 0x20 && c != 0x7F && c != '"');
    // Cut before the character that would cross the limit: never in the middle of a UTF-8 sequence.
    if (keep && out.size() + n > kMaxFileNameBytes) break;
    if (keep) out.append(base.substr(i, n));
    i += n;
  }
  return out.empty() || out == "." || out == ".." ? "附件" : out;
}

}  // namespace sxpool::services
