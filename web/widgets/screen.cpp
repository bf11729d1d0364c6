#include "widgets/screen.hpp"

#include "imgui.h"
#include "sxpool/version.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void beginScreen(const char* id) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void endScreen() { ImGui::End(); }

AppBarButtons& appBarButtons() {
  static AppBarButtons buttons;
  return buttons;
}

bool drawAppBar(const std::string& who) {
  drawHeading(std::string(kSystemName).c_str());
  bool signOut = false;
  if (!who.empty()) {
    auto& extra = appBarButtons();
    float w = ImGui::CalcTextSize(who.c_str()).x + ImGui::CalcTextSize("退出登录").x + 48;
    for (const auto& b : extra.items) w += ImGui::CalcTextSize(b.label.c_str()).x + 24;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(who.c_str());
    for (auto& b : extra.items) {
      ImGui::SameLine();
      if (ImGui::SmallButton((b.label + "##appbar_" + b.id).c_str())) extra.pressed = b.id;
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      b.x = min.x, b.y = min.y, b.w = max.x - min.x, b.h = max.y - min.y;
    }
    ImGui::SameLine();
    signOut = ImGui::SmallButton("退出登录");
  }
  ImGui::Separator();
  return signOut;
}

bool dialogEnterPressed() {
  if (ImGui::IsWindowAppearing()) return false;
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
}

void drawMessage(Tone tone, const std::string& text) {
  if (text.empty()) return;
  const ImVec4 color = tone == Tone::Error ? ImVec4(0.75f, 0.12f, 0.10f, 1)
                       : tone == Tone::Ok  ? ImVec4(0.10f, 0.50f, 0.22f, 1)
                                           : ImVec4(0.35f, 0.35f, 0.35f, 1);
  wrappedTextColored(color, text);  // breaks between Chinese characters too, recorded for the layout tests
}

}  // namespace sxpool::web
