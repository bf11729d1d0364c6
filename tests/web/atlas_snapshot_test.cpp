#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "app/atlas_snapshot.hpp"
#include "app/font_library.hpp"
#include "app/glyph_set.hpp"
#include "imgui.h"

using namespace sxpool::web;

namespace {

constexpr float kPixelSize = FontLibrary::kBodySize * 2;

// The atlas the app would build for the UI's text, and its snapshot (as web/tools/atlas_snapshot_tool.cpp makes it).
std::string uiSnapshot(ImFontAtlas& built) {
  FontLibrary fonts;
  GlyphSet glyphs;
  glyphs.addUiCodepoints();
  fonts.buildAtlas(built, glyphs, kPixelSize);
  REQUIRE(built.Build());
  return saveAtlasSnapshot(built, fonts.snapshotKey(glyphs, kPixelSize));
}

void requireSameGlyph(const ImFontGlyph& a, const ImFontGlyph& b) {
  REQUIRE(a.Codepoint == b.Codepoint);
  REQUIRE(a.Visible == b.Visible);
  REQUIRE(a.Colored == b.Colored);
  REQUIRE(a.AdvanceX == b.AdvanceX);
  REQUIRE((a.X0 == b.X0 && a.Y0 == b.Y0 && a.X1 == b.X1 && a.Y1 == b.Y1));
  REQUIRE((a.U0 == b.U0 && a.V0 == b.V0 && a.U1 == b.U1 && a.V1 == b.V1));
}

}  // namespace

TEST_CASE("字形图集快照：装入的图集与运行时构建的相同，字形集合随之含界面全部用字") {
  ImFontAtlas built;
  const std::string snapshot = uiSnapshot(built);

  FontLibrary fonts;
  GlyphSet glyphs;          // the first screen's code points
  glyphs.note("请先登录");  // a server answer's text that is UI text too
  ImFontAtlas installed;
  REQUIRE(fonts.installUiSnapshot(installed, glyphs, kPixelSize, snapshot));
  CHECK(glyphs.hasUiCodepoints());
  CHECK(fonts.missing() == 0);
  CHECK_FALSE(fonts.changed());

  REQUIRE(installed.IsBuilt());
  REQUIRE(installed.TexWidth == built.TexWidth);
  REQUIRE(installed.TexHeight == built.TexHeight);
  CHECK(std::memcmp(installed.TexPixelsAlpha8, built.TexPixelsAlpha8,
                    static_cast<std::size_t>(built.TexWidth) * built.TexHeight) == 0);
  CHECK(installed.TexUvWhitePixel.x == built.TexUvWhitePixel.x);
  CHECK(installed.TexUvWhitePixel.y == built.TexUvWhitePixel.y);
  CHECK(std::memcmp(installed.TexUvLines, built.TexUvLines, sizeof built.TexUvLines) == 0);
  CHECK(installed.PackIdLines == built.PackIdLines);
  ImVec2 offset, size, border[2], fill[2];
  CHECK(installed.GetMouseCursorTexData(ImGuiMouseCursor_TextInput, &offset, &size, border, fill));

  REQUIRE(installed.Fonts.Size == built.Fonts.Size);
  for (int f = 0; f < built.Fonts.Size; ++f) {
    const ImFont& a = *installed.Fonts[f];
    const ImFont& b = *built.Fonts[f];
    CHECK(a.FontSize == b.FontSize);
    CHECK(a.Ascent == b.Ascent);
    CHECK(a.Descent == b.Descent);
    CHECK(a.FallbackChar == b.FallbackChar);
    CHECK(a.EllipsisChar == b.EllipsisChar);
    CHECK(a.IndexLookup.Size == b.IndexLookup.Size);
    CHECK(a.ContainerAtlas == &installed);
    REQUIRE(a.Glyphs.Size == b.Glyphs.Size);
    for (int g = 0; g < b.Glyphs.Size; ++g) requireSameGlyph(a.Glyphs[g], b.Glyphs[g]);
    CHECK(a.CalcTextSizeA(a.FontSize, 1e9f, 0, "审核队列…").x == b.CalcTextSizeA(b.FontSize, 1e9f, 0, "审核队列…").x);
  }

  // Later growth (a typed character) rebuilds as before.
  glyphs.note("喆");
  fonts.buildAtlas(installed, glyphs, kPixelSize);
  REQUIRE(installed.Build());
  CHECK(installed.Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(U'审')) != nullptr);
}

TEST_CASE("字形图集快照：字形集合、字号不符或数据残缺时不装入，图集与字形集合不变") {
  ImFontAtlas built;
  const std::string snapshot = uiSnapshot(built);
  FontLibrary fonts;
  ImFontAtlas atlas;

  GlyphSet typed;
  typed.note("喆");  // not UI text: the atlas must be built for it
  CHECK_FALSE(fonts.installUiSnapshot(atlas, typed, kPixelSize, snapshot));
  CHECK_FALSE(typed.hasUiCodepoints());

  GlyphSet glyphs;
  CHECK_FALSE(fonts.installUiSnapshot(atlas, glyphs, kPixelSize * 1.5f, snapshot));  // another pixel ratio
  CHECK_FALSE(fonts.installUiSnapshot(atlas, glyphs, kPixelSize, snapshot.substr(0, snapshot.size() - 1)));
  CHECK_FALSE(fonts.installUiSnapshot(atlas, glyphs, kPixelSize, snapshot + "x"));
  CHECK_FALSE(fonts.installUiSnapshot(atlas, glyphs, kPixelSize, ""));
  CHECK_FALSE(glyphs.hasUiCodepoints());
  CHECK(atlas.Fonts.Size == 0);
  CHECK(atlas.TexPixelsAlpha8 == nullptr);
}
