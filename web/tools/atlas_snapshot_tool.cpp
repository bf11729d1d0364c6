// Build-time tool (compiled with em++, run under node): writes the font atlas of the UI's own text at device
// pixel ratios 1 and 2 as the app would build it (same code, same wasm arithmetic), so the app installs it
// instead of rasterising glyphs before its first frame. Usage: atlas_snapshot_tool OUT_DIR
#include <cstdio>
#include <string>

#include "app/atlas_snapshot.hpp"
#include "app/font_library.hpp"
#include "app/glyph_set.hpp"
#include "imgui.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "用法：atlas_snapshot_tool 输出目录\n");
    return 2;
  }
  for (int scale : {1, 2}) {
    sxpool::web::FontLibrary fonts;
    sxpool::web::GlyphSet glyphs;
    glyphs.addUiCodepoints();
    ImFontAtlas atlas;
    const float pixelSize = sxpool::web::FontLibrary::kBodySize * static_cast<float>(scale);
    fonts.buildAtlas(atlas, glyphs, pixelSize);
    if (!atlas.Build()) return 1;
    const std::string bytes = sxpool::web::saveAtlasSnapshot(atlas, fonts.snapshotKey(glyphs, pixelSize));
    const std::string path = std::string(argv[1]) + "/ui-" + std::to_string(scale) + "x.atlas";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
      std::fprintf(stderr, "无法写入 %s（请检查目录是否存在、是否可写、磁盘空间）\n", path.c_str());
      return 1;
    }
  }
  return 0;
}
