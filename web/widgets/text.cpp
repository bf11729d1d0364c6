#include "widgets/text.hpp"

#include "imgui.h"

namespace sxpool::web {

void drawHeading(const char* text) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const bool hasHeadingFont = atlas->Fonts.Size > 1;
  if (hasHeadingFont) ImGui::PushFont(atlas->Fonts[1]);
  ImGui::TextUnformatted(text);
  if (hasHeadingFont) ImGui::PopFont();
}

}  // namespace sxpool::web
