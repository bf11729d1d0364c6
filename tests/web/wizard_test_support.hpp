#pragma once
// The wizard in a headless ImGui window, a stand-in MaterialsPort, and helpers that click recorded rectangles.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "app/draft_editor.hpp"
#include "platform/materials_port.hpp"
#include "imgui.h"
#include "platform/native/headless_imgui.hpp"
#include "sxpool/round.hpp"
#include "views/wizard/steps.hpp"
#include "views/wizard/wizard.hpp"

namespace wizard_test {

using namespace sxpool;
using namespace sxpool::web;

// Records what the materials step asked for; statuses are set by the test.
class FakeMaterials final : public MaterialsPort {
 public:
  void pickFile(MaterialKind k) override { calls.push_back("pick:" + std::string(codeOf(k))); }
  void cancel(MaterialKind k) override { calls.push_back("cancel:" + std::string(codeOf(k))); }
  void retry(MaterialKind k) override { calls.push_back("retry:" + std::string(codeOf(k))); }
  void remove(MaterialKind k) override { calls.push_back("remove:" + std::string(codeOf(k))); }
  void preview(MaterialKind k) override { calls.push_back("preview:" + std::string(codeOf(k))); }
  UploadStatus status(MaterialKind k) const override {
    const auto it = statuses.find(k);
    return it == statuses.end() ? UploadStatus{} : it->second;
  }
  std::int64_t maxFileBytes() const override { return 50LL * 1024 * 1024; }

  std::vector<std::string> calls;
  std::map<MaterialKind, UploadStatus> statuses;
};

inline constexpr Date kToday{2026, 4, 1};

struct Harness {
  explicit Harness(float width = 1400, float height = 1000) : ui(width, height) { frames(2); }

  HeadlessImGui ui;
  WidgetMap widgets;
  FakeMaterials materials;
  DraftEditor editor{round2026(), kToday};
  int submitted = 0;
  WizardEnv env{materials, widgets, [this] { ++submitted; }, SyncStatus::SavedLocally, "已保存到本机"};
  std::function<void()> draw = [this] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("wizard-test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    drawWizard(editor, env);
    ImGui::End();
  };

  void frames(int n) { ui.frames(n, draw); }
  bool has(const std::string& name) const { return widgets.rects().count(name) > 0; }
  void click(const std::string& name) {
    INFO("widget map rect " << name);
    REQUIRE(has(name));
    ui.click(widgets.rects().at(name), draw);
  }
  void type(const std::string& text) { ui.typeText(text, draw); }
  void key(ImGuiKey k) { ui.pressKey(k, draw); }
  void shiftTab() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(ImGuiKey_LeftShift, true);
    key(ImGuiKey_Tab);
    io.AddKeyEvent(ImGuiKey_LeftShift, false);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    frames(1);
  }
  void erase(int n) {
    for (int i = 0; i < n; ++i) key(ImGuiKey_Backspace);
  }
  // Scrolls `path` into view and gives it keyboard focus, the way the review page does.
  void focus(const std::string& path) {
    editor.jumpTo = path;
    frames(4);
  }
  void goToStep(WizardStep s) {
    click("step:" + std::to_string(static_cast<int>(s)));
    frames(2);
  }
  std::string value(const std::string& name) const {
    const auto it = widgets.values().find(name);
    return it == widgets.values().end() ? std::string() : it->second;
  }
  bool rectVisible(const std::string& name) const {
    const auto& r = widgets.rects().at(name);
    return r.y >= 0 && r.y + r.h <= ImGui::GetIO().DisplaySize.y;
  }
};

}  // namespace wizard_test
