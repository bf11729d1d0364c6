#include "views/wizard/directions_control.hpp"

#include <algorithm>

#include "imgui.h"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

void drawDirections(Form& f) {
  const std::string path = "basic.directions";
  const auto& dirs = f.editor.app().basic.directions;
  const int maxDirections = f.editor.round().maxDirections;
  const bool full = static_cast<int>(dirs.size()) >= maxDirections;
  auto chosen = [&](ServiceDirection d) { return std::find(dirs.begin(), dirs.end(), d) != dirs.end(); };

  drawReviewerComment(f, path);
  const bool jump = takeJump(f, path);
  ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.10f, 1), "*");
  ImGui::SameLine(0, 2);
  ImGui::Text("主要服务方向（最多选择%d项，已选 %zu 项）", maxDirections, dirs.size());

  const float x0 = ImGui::GetCursorPosX();
  const float column = 150;
  const int perLine = std::max(1, static_cast<int>((ImGui::GetContentRegionAvail().x) / column));
  ImGui::BeginGroup();
  int n = 0;
  for (const auto& e : entriesOf<ServiceDirection>()) {
    if (n % perLine != 0) ImGui::SameLine(x0 + column * static_cast<float>(n % perLine));
    const ServiceDirection d = e.value;
    bool on = chosen(d);
    const bool blocked = !on && full;
    ImGui::BeginDisabled(blocked);
    const std::string label = std::string(e.label) + "##direction-" + std::string(e.code);
    if (ImGui::Checkbox(label.c_str(), &on)) {
      f.editor.edit(path, [&](Application& a) {
        auto& v = a.basic.directions;
        const auto it = std::find(v.begin(), v.end(), d);
        if (!on && it != v.end()) v.erase(it);
        if (on && it == v.end() && static_cast<int>(v.size()) < maxDirections) v.push_back(d);
      });
    }
    ImGui::EndDisabled();
    if (jump && n == 0) focusLastItem();
    if (blocked && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("最多选择%d项：已选满，请先取消一个已选的方向，再选“%s”", maxDirections,
                        std::string(e.label).c_str());
    recordLastItem(f.widgets, ("direction:" + std::string(e.code)).c_str());
    ++n;
  }
  ImGui::EndGroup();
  recordLastRect(f.widgets, ("field:" + path).c_str());
  if (full) hintText("已选满%d项；如需改选，请先取消一个已选方向。", maxDirections);
  drawFieldMessages(f, path);

  FieldOpts other = FieldOpts().withHint("选择“其他”时，写明具体服务方向，如 工业设计");
  other.required = chosen(ServiceDirection::Other);
  textField(f, "basic.otherDirection", "其他（文字描述）", SXPOOL_AT(basic.otherDirection), other);
}

}  // namespace sxpool::web
