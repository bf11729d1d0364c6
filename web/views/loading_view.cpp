#include "imgui.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {

void drawLoadingView(App&) {
  beginScreen("loading");
  drawAppBar("");
  ImGui::TextDisabled("正在加载…");
  endScreen();
}

}  // namespace sxpool::web
