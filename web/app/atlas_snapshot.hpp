#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct ImFontAtlas;

namespace sxpool::web {

class GlyphSet;

// A built font atlas saved at build time (web/tools/atlas_snapshot_tool.cpp) and installed at start instead of
// ImFontAtlas::Build(): the first frame then rasterises no glyph. Only for the exact glyph set and pixel size it
// was made from (`atlasKey`); any other atlas is built at run time as before.
std::uint64_t atlasKey(const GlyphSet& glyphs, float pixelSize, std::size_t fontBytes);
// The atlas must be built (TexPixelsAlpha8 set).
std::string saveAtlasSnapshot(const ImFontAtlas& atlas, std::uint64_t key);
// Replaces `atlas` with the snapshot when its key is `key` and it is well formed; false leaves `atlas` untouched.
bool loadAtlasSnapshot(ImFontAtlas& atlas, std::string_view bytes, std::uint64_t key);

}  // namespace sxpool::web
