#include "app/atlas_snapshot.hpp"

#include <cstring>
#include <vector>

#include "app/glyph_set.hpp"
#include "imgui.h"

namespace sxpool::web {
namespace {

constexpr char kMagic[8] = {'S', 'X', 'A', 'T', 'L', 'A', 'S', '1'};

struct Writer {
  std::string out;
  void bytes(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
  void u32(std::uint32_t v) { bytes(&v, 4); }
  void u64(std::uint64_t v) { bytes(&v, 8); }
  void f32(float v) { bytes(&v, 4); }
};

struct Reader {
  std::string_view in;
  bool ok = true;
  const char* take(std::size_t n) {
    if (!ok || in.size() < n) {
      ok = false;
      return nullptr;
    }
    const char* p = in.data();
    in.remove_prefix(n);
    return p;
  }
  template <class T>
  T get() {
    T v{};
    if (const char* p = take(sizeof v)) std::memcpy(&v, p, sizeof v);
    return v;
  }
  std::uint32_t u32() { return get<std::uint32_t>(); }
  float f32() { return get<float>(); }
};

}  // namespace

std::uint64_t atlasKey(const GlyphSet& glyphs, float pixelSize, std::size_t fontBytes) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  auto mix = [&h](std::uint64_t v) {
    for (int i = 0; i < 8; ++i, v >>= 8) h = (h ^ (v & 0xFF)) * 1099511628211ull;
  };
  std::uint32_t sizeBits = 0;
  std::memcpy(&sizeBits, &pixelSize, 4);
  mix(sizeBits);
  mix(fontBytes);
  for (std::uint32_t cp : glyphs.codepoints()) mix(cp);
  return h;
}

std::string saveAtlasSnapshot(const ImFontAtlas& atlas, std::uint64_t key) {
  Writer w;
  w.bytes(kMagic, sizeof kMagic);
  w.u64(key);
  w.u32(static_cast<std::uint32_t>(atlas.TexWidth));
  w.u32(static_cast<std::uint32_t>(atlas.TexHeight));
  w.f32(atlas.TexUvWhitePixel.x);
  w.f32(atlas.TexUvWhitePixel.y);
  for (const ImVec4& uv : atlas.TexUvLines) {
    w.f32(uv.x);
    w.f32(uv.y);
    w.f32(uv.z);
    w.f32(uv.w);
  }
  // The atlas's own rectangles (white pixel, mouse cursors, baked lines); ImGui looks them up by these ids.
  w.u32(static_cast<std::uint32_t>(atlas.PackIdMouseCursors));
  w.u32(static_cast<std::uint32_t>(atlas.PackIdLines));
  w.u32(static_cast<std::uint32_t>(atlas.CustomRects.Size));
  for (const ImFontAtlasCustomRect& rect : atlas.CustomRects)
    for (unsigned short v : {rect.Width, rect.Height, rect.X, rect.Y}) w.u32(v);
  w.u32(static_cast<std::uint32_t>(atlas.Fonts.Size));
  for (const ImFont* font : atlas.Fonts) {
    w.f32(font->FontSize);
    w.f32(font->Ascent);
    w.f32(font->Descent);
    w.u32(static_cast<std::uint32_t>(font->Glyphs.Size));
    for (const ImFontGlyph& g : font->Glyphs) {
      w.u32(g.Codepoint | (g.Visible ? 1u << 30 : 0u) | (g.Colored ? 1u << 31 : 0u));
      for (float v : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1}) w.f32(v);
    }
  }
  w.bytes(atlas.TexPixelsAlpha8, static_cast<std::size_t>(atlas.TexWidth) * atlas.TexHeight);
  return std::move(w.out);
}

bool loadAtlasSnapshot(ImFontAtlas& atlas, std::string_view bytes, std::uint64_t key) {
  Reader r{bytes};
  const char* magic = r.take(sizeof kMagic);
  if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || r.get<std::uint64_t>() != key) return false;
  const std::uint32_t width = r.u32(), height = r.u32();
  if (!r.ok || width == 0 || height == 0 || width > 8192 || height > 8192) return false;
  ImVec2 white;
  white.x = r.f32();
  white.y = r.f32();
  ImVec4 lines[IM_DRAWLIST_TEX_LINES_WIDTH_MAX + 1];
  for (ImVec4& uv : lines)
    for (float* v : {&uv.x, &uv.y, &uv.z, &uv.w}) *v = r.f32();
  const int packIdCursors = static_cast<int>(r.u32()), packIdLines = static_cast<int>(r.u32());
  const std::uint32_t rectCount = r.u32();
  if (!r.ok || rectCount > 16 || packIdCursors >= static_cast<int>(rectCount) ||
      packIdLines >= static_cast<int>(rectCount))
    return false;
  ImVector<ImFontAtlasCustomRect> rects;
  rects.resize(static_cast<int>(rectCount), ImFontAtlasCustomRect());
  for (ImFontAtlasCustomRect& rect : rects)
    for (unsigned short* v : {&rect.Width, &rect.Height, &rect.X, &rect.Y}) *v = static_cast<unsigned short>(r.u32());
  const std::uint32_t fontCount = r.u32();
  if (!r.ok || fontCount == 0 || fontCount > 16) return false;

  struct FontData {
    float size, ascent, descent;
    ImVector<ImFontGlyph> glyphs;
  };
  std::vector<FontData> fonts(fontCount);  // not ImVector: it leaves elements unconstructed
  for (FontData& f : fonts) {
    f.size = r.f32();
    f.ascent = r.f32();
    f.descent = r.f32();
    const std::uint32_t count = r.u32();
    if (!r.ok || count == 0 || count >= 0xFFFF || count * 40ull > r.in.size()) return false;
    f.glyphs.resize(static_cast<int>(count));
    for (ImFontGlyph& g : f.glyphs) {
      const std::uint32_t bits = r.u32();
      g.Codepoint = bits & 0x3FFFFFFFu;
      g.Visible = (bits >> 30) & 1u;
      g.Colored = (bits >> 31) & 1u;
      for (float* v : {&g.AdvanceX, &g.X0, &g.Y0, &g.X1, &g.Y1, &g.U0, &g.V0, &g.U1, &g.V1}) *v = r.f32();
    }
  }
  const std::size_t pixelCount = static_cast<std::size_t>(width) * height;
  const char* pixels = r.take(pixelCount);
  if (!r.ok || !r.in.empty()) return false;

  // What ImFontAtlas::Build() leaves behind (imgui_draw.cpp: ImFontAtlasBuildSetupFont, ImFontAtlasBuildFinish),
  // with the pixels, glyphs and UVs read instead of rasterised. Build() is never called for this atlas.
  atlas.Clear();
  atlas.TexWidth = static_cast<int>(width);
  atlas.TexHeight = static_cast<int>(height);
  atlas.TexUvScale = ImVec2(1.0f / atlas.TexWidth, 1.0f / atlas.TexHeight);
  atlas.TexUvWhitePixel = white;
  std::memcpy(atlas.TexUvLines, lines, sizeof lines);
  atlas.CustomRects.swap(rects);
  atlas.PackIdMouseCursors = packIdCursors;
  atlas.PackIdLines = packIdLines;
  atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixelCount));
  std::memcpy(atlas.TexPixelsAlpha8, pixels, pixelCount);
  for (FontData& f : fonts) {
    ImFont* font = IM_NEW(ImFont);
    font->FontSize = f.size;
    font->Ascent = f.ascent;
    font->Descent = f.descent;
    font->ContainerAtlas = &atlas;
    font->Glyphs.swap(f.glyphs);
    font->BuildLookupTable();
    atlas.Fonts.push_back(font);
  }
  atlas.TexReady = true;
  return true;
}

}  // namespace sxpool::web
