// The frame fingerprint the browser uses to skip rasterising a frame that draws what the canvas already shows.
#include <catch2/catch.hpp>

#include <string>

#include "imgui.h"
#include "platform/native/headless_imgui.hpp"
#include "widgets/draw_fingerprint.hpp"

using namespace sxpool::web;

namespace {

std::uint64_t frameOf(HeadlessImGui& ui, const std::string& text, bool checked = false) {
  ui.frame([&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("fingerprint", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(text.c_str());
    bool box = checked;
    ImGui::Checkbox("已阅读并同意", &box);
    ImGui::End();
  });
  return drawDataFingerprint(*ImGui::GetDrawData());
}

}  // namespace

TEST_CASE("a settled frame has the fingerprint of the frame before it, so the browser need not draw it again") {
  HeadlessImGui ui;
  frameOf(ui, "申请书");
  const auto first = frameOf(ui, "申请书");
  CHECK(frameOf(ui, "申请书") == first);
  CHECK(frameOf(ui, "申请书") == first);
}

TEST_CASE("any change on screen changes the fingerprint: another text, a ticked box, another window size") {
  HeadlessImGui ui;
  frameOf(ui, "申请书");
  const auto base = frameOf(ui, "申请书");
  CHECK(frameOf(ui, "申请表") != base);
  CHECK(frameOf(ui, "申请书", true) != base);
  ImGui::GetIO().DisplaySize = ImVec2(1000, 700);
  frameOf(ui, "申请书");
  CHECK(frameOf(ui, "申请书") != base);
}
