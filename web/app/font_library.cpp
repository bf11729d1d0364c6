#include "app/font_library.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

#include "app/atlas_snapshot.hpp"
#include "imgui.h"

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"

namespace sxpool::web {

extern const unsigned char kUiFontTtf[];
extern const std::size_t kUiFontTtfSize;
extern const std::uint32_t kHeadingCodepoints[];
extern const std::size_t kHeadingCodepointCount;

FontLibrary::FontLibrary() { setTier(0, std::string(reinterpret_cast<const char*>(kUiFontTtf), kUiFontTtfSize)); }

void FontLibrary::setTier(int tier, std::string ttf) {
  Font font;
  font.data = std::move(ttf);
  const auto* bytes = reinterpret_cast<const unsigned char*>(font.data.data());
  font.offset = stbtt_GetFontOffsetForIndex(bytes, 0);
  font.info.resize(sizeof(stbtt_fontinfo));
  if (font.data.size() < 12 || font.offset < 0 ||
      !stbtt_InitFont(reinterpret_cast<stbtt_fontinfo*>(font.info.data()), bytes, font.offset))
    return;
  fonts_[tier] = std::move(font);
  changed_ = changed_ || missing_ > 0;  // a new tier matters only to characters the atlas lacks
}

bool FontLibrary::covers(int tier, std::uint32_t cp) const {
  if (!loaded(tier)) return false;
  const auto* info = reinterpret_cast<const stbtt_fontinfo*>(fonts_[tier].info.data());
  return stbtt_FindGlyphIndex(info, static_cast<int>(cp)) != 0;
}

int FontLibrary::tierOf(std::uint32_t cp) const {
  for (int t = 0; t < kTierCount; ++t)
    if (covers(t, cp)) return t;
  return -1;
}

int FontLibrary::tierToFetch(const GlyphSet& glyphs) const {
  if (missing_ == 0 && !glyphs.changed()) return -1;
  int next = 0;
  while (next < kTierCount && loaded(next)) ++next;
  if (next == kTierCount) return -1;
  for (std::uint32_t cp : glyphs.codepoints())
    if (tierOf(cp) < 0) return next;
  return -1;
}

namespace {

// Whether a heading (widgets/text.hpp) may show `cp`: headings are literal text, collected by scripts/make_fonts.py.
bool inHeadings(std::uint32_t cp) {
  return std::binary_search(kHeadingCodepoints, kHeadingCodepoints + kHeadingCodepointCount, cp);
}

void addToRanges(std::vector<unsigned short>& r, std::uint32_t cp) {
  if (!r.empty() && r.back() + 1 == cp)
    r.back() = static_cast<unsigned short>(cp);
  else
    r.insert(r.end(), {static_cast<unsigned short>(cp), static_cast<unsigned short>(cp)});
}

}  // namespace

void FontLibrary::buildAtlas(ImFontAtlas& atlas, const GlyphSet& glyphs, float pixelSize) {
  atlas.Clear();
  for (auto* set : {&ranges_, &headingRanges_})
    for (auto& r : *set) r.clear();
  missing_ = 0;
  for (std::uint32_t cp : glyphs.codepoints()) {
    const int t = tierOf(cp);
    if (t < 0) {
      ++missing_;
      continue;
    }
    addToRanges(ranges_[t], cp);
    if (inHeadings(cp)) addToRanges(headingRanges_[t], cp);
  }
  // Font 0: body text; font 1: headings (larger, so headings are as crisp as the body; only their characters).
  bool any = false;
  for (auto [size, set] : {std::pair{pixelSize, &ranges_}, std::pair{pixelSize * kHeadingScale, &headingRanges_}}) {
    bool merge = false;
    for (int t = 0; t < kTierCount; ++t) {
      auto& r = (*set)[t];
      if (r.empty()) continue;
      if (r.back() != 0) r.push_back(0);
      ImFontConfig cfg;
      cfg.FontDataOwnedByAtlas = false;
      cfg.MergeMode = merge;
      cfg.OversampleH = 1;
      cfg.OversampleV = 1;
      cfg.PixelSnapH = true;
      std::snprintf(cfg.Name, sizeof(cfg.Name), "wqy-microhei %d/%.0f", t, size);
      atlas.AddFontFromMemoryTTF(fonts_[t].data.data(), static_cast<int>(fonts_[t].data.size()), size, &cfg, r.data());
      merge = any = true;
    }
  }
  if (!any) atlas.AddFontDefault();
  changed_ = false;
}

std::uint64_t FontLibrary::snapshotKey(const GlyphSet& glyphs, float pixelSize) const {
  std::size_t fontBytes = 0;
  for (const auto& f : fonts_) fontBytes = fontBytes * 31 + f.data.size();
  return atlasKey(glyphs, pixelSize, fontBytes);
}

bool FontLibrary::installUiSnapshot(ImFontAtlas& atlas, GlyphSet& glyphs, float pixelSize, std::string_view snapshot) {
  GlyphSet ui = glyphs;
  ui.addUiCodepoints();  // the same set as `glyphs` only when all of `glyphs` is UI text
  if (!loadAtlasSnapshot(atlas, snapshot, snapshotKey(ui, pixelSize))) return false;
  glyphs.addUiCodepoints();
  missing_ = 0;
  for (std::uint32_t cp : glyphs.codepoints())
    if (tierOf(cp) < 0) ++missing_;
  changed_ = false;
  return true;
}

}  // namespace sxpool::web
