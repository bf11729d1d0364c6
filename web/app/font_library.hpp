#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/glyph_set.hpp"

struct ImFontAtlas;

namespace sxpool::web {

// Three tiers of the same Chinese font: the UI's characters (compiled in), GB2312, the whole font. The atlas
// takes each needed code point from the first loaded tier that has it; a code point no loaded tier has asks
// for the next tier to be fetched.
class FontLibrary {
 public:
  static constexpr int kTierCount = 3;
  static constexpr float kBodySize = 16.0f;  // CSS pixels; atlases are built at this size × devicePixelRatio
  static constexpr float kHeadingScale = 1.5f;
  static constexpr std::array<const char*, kTierCount> kTierPaths = {"", "fonts/common.ttf", "fonts/full.ttf"};

  FontLibrary();
  void setTier(int tier, std::string ttf);  // a fetched tier; bad data is ignored (the tier stays unloaded)
  bool loaded(int tier) const { return !fonts_[tier].data.empty(); }
  // The tier to fetch now (a needed code point is in no loaded tier), or -1.
  int tierToFetch(const GlyphSet& glyphs) const;
  bool covers(int tier, std::uint32_t cp) const;
  // Rebuilds `atlas` with exactly the needed code points at `pixelSize` (device pixels): font 0 for body
  // text, font 1 for headings (see widgets/text.hpp).
  void buildAtlas(ImFontAtlas& atlas, const GlyphSet& glyphs, float pixelSize);
  // A snapshot of the atlas buildAtlas makes for the UI's own text (app/atlas_snapshot.hpp): its key, and
  // installing it instead of building when every needed code point is UI text (`glyphs` then takes in the rest
  // of the UI's code points, as the atlas now holds them). False leaves atlas and glyphs untouched.
  std::uint64_t snapshotKey(const GlyphSet& glyphs, float pixelSize) const;
  bool installUiSnapshot(ImFontAtlas& atlas, GlyphSet& glyphs, float pixelSize, std::string_view snapshot);
  bool changed() const { return changed_; }
  int missing() const { return missing_; }  // needed code points no loaded tier has (as of the last build)

 private:
  struct Font {
    std::string data;
    int offset = 0;
    std::vector<unsigned char> info;  // stbtt_fontinfo, kept opaque here
  };
  std::array<Font, kTierCount> fonts_;
  std::array<std::vector<unsigned short>, kTierCount> ranges_;  // must outlive the atlas build
  std::array<std::vector<unsigned short>, kTierCount> headingRanges_;
  int tierOf(std::uint32_t cp) const;  // first loaded tier that has cp, or -1
  bool changed_ = true;
  int missing_ = 0;
};

}  // namespace sxpool::web
