#pragma once
#include <functional>
#include <string>

#include "app/font_library.hpp"
#include "app/glyph_set.hpp"
#include "app/widget_map.hpp"

namespace sxpool::web {

// ImGui without a window or GPU, for native tests of views: an atlas from the compiled-in UI font, a fixed
// display, and input the way the platform layer would feed it.
class HeadlessImGui {
 public:
  explicit HeadlessImGui(float width = 1280, float height = 800);
  ~HeadlessImGui();
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  void frame(const std::function<void()>& draw);  // one NewFrame … Render
  void frames(int n, const std::function<void()>& draw);
  // Clicks the centre of a widget the views recorded in the widget map (two frames: press, release).
  void click(const WidgetMap::Rect& rect, const std::function<void()>& draw);
  void typeText(const std::string& utf8, const std::function<void()>& draw);
  void pressKey(int imguiKey, const std::function<void()>& draw);

  GlyphSet glyphs;
  FontLibrary fonts;
};

}  // namespace sxpool::web
