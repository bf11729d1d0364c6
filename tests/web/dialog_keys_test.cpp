// Enter in a confirmation dialog: the key that pressed the button opening the dialog must not also confirm it.
#include <catch2/catch.hpp>

#include <functional>

#include "imgui.h"
#include "platform/native/headless_imgui.hpp"
#include "widgets/screen.hpp"

using namespace sxpool::web;

TEST_CASE("Enter on a button opens its dialog without confirming it and the next Enter confirms") {
  HeadlessImGui ui;
  int opened = 0, confirmed = 0;
  const std::function<void()> draw = [&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::Button("撤回申请")) {
      ++opened;
      ImGui::OpenPopup("confirm");
    }
    if (ImGui::BeginPopupModal("confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextUnformatted("此操作不能撤销。确定吗？");
      if (ImGui::Button("确认") || dialogEnterPressed()) {
        ++confirmed;
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndPopup();
    }
    ImGui::End();
  };
  ui.frames(2, draw);
  ui.pressKey(ImGuiKey_Tab, draw);  // the focus on 撤回申请
  ui.pressKey(ImGuiKey_Enter, draw);
  REQUIRE(opened == 1);
  CHECK(confirmed == 0);
  CHECK(ImGui::IsPopupOpen("confirm", ImGuiPopupFlags_AnyPopupId));
  ui.pressKey(ImGuiKey_Enter, draw);
  CHECK(confirmed == 1);
  CHECK(!ImGui::IsPopupOpen("confirm", ImGuiPopupFlags_AnyPopupId));
}
