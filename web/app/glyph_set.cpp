#include "app/glyph_set.hpp"

#include <cstddef>

#include "app/utf8.hpp"

namespace sxpool::web {

extern const std::uint32_t kUiCodepoints[];
extern const std::size_t kUiCodepointCount;
extern const std::uint32_t kFirstScreenCodepoints[];
extern const std::size_t kFirstScreenCodepointCount;

GlyphSet::GlyphSet() : codepoints_(kFirstScreenCodepoints, kFirstScreenCodepoints + kFirstScreenCodepointCount) {}

bool GlyphSet::addUiCodepoints() {
  const std::size_t before = codepoints_.size();
  codepoints_.insert(kUiCodepoints, kUiCodepoints + kUiCodepointCount);
  hasUi_ = true;
  const bool added = codepoints_.size() != before;
  changed_ = changed_ || added;
  return added;
}

bool GlyphSet::note(std::string_view text) {
  bool added = false;
  forEachCodepoint(text, [&](std::uint32_t cp) {
    if (cp >= 0x20 && cp <= 0xFFFF && codepoints_.insert(cp).second) added = true;  // ImGui: 16-bit ImWchar
  });
  changed_ = changed_ || added;
  return added;
}

}  // namespace sxpool::web
