// The step list (left column): each step with its state 未填 / 有错误 / 已完成.
#include "imgui.h"
#include "views/wizard/steps.hpp"

namespace sxpool::web {

void drawStepList(Form& f, const Findings& findings) {
  const Application& app = f.editor.app();
  for (int step = 0; step < kStepCount; ++step) {
    const StepState state = stepState(step, app, findings);
    const std::string label = std::to_string(step + 1) + ". " + stepTitle(step) + "##step" + std::to_string(step);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    if (ImGui::Selectable(label.c_str(), f.editor.step == step, 0, ImVec2(0, ImGui::GetFrameHeight() * 1.6f)))
      f.editor.step = step;
    ImGui::PopStyleVar();
    recordLastItem(f.widgets, ("step:" + std::to_string(step)).c_str());
    std::string stateText = stepStateLabel(state);
    if (state == StepState::Empty && stepOptional(step)) stateText += "（选填）";
    const ImVec4 color = state == StepState::HasErrors ? ImVec4(0.75f, 0.15f, 0.10f, 1)
                         : state == StepState::Done    ? ImVec4(0.10f, 0.50f, 0.20f, 1)
                                                       : ImVec4(0.45f, 0.45f, 0.45f, 1);
    // The state under the title, inside the selectable's lower part.
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 textSize = ImGui::CalcTextSize(stateText.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(max.x - textSize.x - 4, (min.y + max.y - textSize.y) / 2),
                                        ImGui::ColorConvertFloat4ToU32(color), stateText.c_str());
    f.widgets.setValue("step_state:" + std::to_string(step), stepStateLabel(state));
  }
}

}  // namespace sxpool::web
