#include "platform/native/headless_imgui.hpp"

#include "imgui.h"

namespace sxpool::web {

HeadlessImGui::HeadlessImGui(float width, float height) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  glyphs.addUiCodepoints();  // no first-frame budget here: the whole UI text from the start
  fonts.buildAtlas(*io.Fonts, glyphs, 16.0f);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(); }

void HeadlessImGui::frame(const std::function<void()>& draw) {
  ImGui::NewFrame();
  draw();
  ImGui::Render();
}

void HeadlessImGui::frames(int n, const std::function<void()>& draw) {
  for (int i = 0; i < n; ++i) frame(draw);
}

void HeadlessImGui::click(const WidgetMap::Rect& r, const std::function<void()>& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(r.x + r.w / 2, r.y + r.h / 2);
  frame(draw);
  io.AddMouseButtonEvent(0, true);
  frame(draw);
  io.AddMouseButtonEvent(0, false);
  frames(2, draw);
}

void HeadlessImGui::typeText(const std::string& utf8, const std::function<void()>& draw) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  frames(2, draw);
}

void HeadlessImGui::pressKey(int key, const std::function<void()>& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(static_cast<ImGuiKey>(key), true);
  frame(draw);
  io.AddKeyEvent(static_cast<ImGuiKey>(key), false);
  frames(2, draw);
}

}  // namespace sxpool::web
