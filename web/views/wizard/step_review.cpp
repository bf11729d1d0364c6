// 检查与提交: every remaining problem, grouped by step; each line jumps to its field.
#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

ImU32 colorOf(Severity s) {
  const unsigned c = severityColor(s);
  return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, 255);
}

// A clickable (and keyboard-activatable) wrapped line.
void findingLine(Form& f, const Finding& finding, int index) {
  const float width = ImGui::GetContentRegionAvail().x;
  const std::string text = std::string(labelOf(finding.severity)) + "：" + finding.message;
  const std::string lines = wrapText(text, width);
  const ImVec2 size = ImGui::CalcTextSize(lines.c_str());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(index);
  if (ImGui::Selectable("##finding", false, 0, ImVec2(width, size.y))) {
    f.editor.step = stepOfPath(finding.path);
    f.editor.jumpTo = finding.path;
  }
  ImGui::PopID();
  recordLastItem(f.widgets, ("review:" + finding.path).c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("点击跳转到“%s”", stepTitle(stepOfPath(finding.path)));
  ImGui::GetWindowDrawList()->AddText(pos, colorOf(finding.severity), lines.c_str());
}

// Findings of `wanted` severities, grouped under their step's title.
int drawGrouped(Form& f, const Findings& all, bool errors, int index) {
  for (int step = 0; step < kStepCount; ++step) {
    bool heading = false;
    for (const Finding& finding : all) {
      if ((finding.severity == Severity::Error) != errors || stepOfPath(finding.path) != step) continue;
      if (!heading) ImGui::SeparatorText(stepTitle(step));
      heading = true;
      findingLine(f, finding, index++);
    }
  }
  return index;
}

}  // namespace

void drawReviewStep(Form& f, WizardEnv&) {
  ImGui::SeparatorText("检查与提交");
  f.editor.setShowAll(true);
  const Findings all = wizardFindings(f.editor);
  std::size_t errors = 0;
  for (const Finding& finding : all) errors += finding.severity == Severity::Error ? 1 : 0;
  if (errors == 0) {
    wrappedTextColored(ImVec4(0.10f, 0.50f, 0.20f, 1), "没有需要修改的错误。请到“承诺与声明”确认声明后提交。");
    if (ImGui::Button("前往提交")) f.editor.step = static_cast<int>(WizardStep::Declaration);
    recordLastItem(f.widgets, "review_go_submit");
  } else {
    wrappedTextColored(ImVec4(0.75f, 0.15f, 0.10f, 1),
                       "还有 " + std::to_string(errors) + " 处错误需要修改后才能提交。点击任一条，跳转到对应位置：");
  }
  int index = drawGrouped(f, all, true, 0);
  if (all.size() > errors) {
    ImGui::Spacing();
    drawHeading("提示与需人工复核（不影响提交）");
    drawGrouped(f, all, false, index);
  }
}

}  // namespace sxpool::web
