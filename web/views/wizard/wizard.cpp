#include "views/wizard/wizard.hpp"

#include <algorithm>

#include "imgui.h"
#include "views/wizard/steps.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

constexpr float kStepListWidth = 250;
constexpr float kEligibilityWidth = 330;
constexpr float kWideLayout = 1150;  // below: the checklist is a collapsible panel above the form

void drawStep(Form& form, WizardEnv& env, int step) {
  switch (static_cast<WizardStep>(step)) {
    case WizardStep::Basic: drawBasicStep(form, env); break;
    case WizardStep::Overview: drawOverviewStep(form, env); break;
    case WizardStep::Products: drawProductsStep(form, env); break;
    case WizardStep::Staff: drawStaffStep(form, env); break;
    case WizardStep::Enterprises: drawEnterprisesStep(form, env); break;
    case WizardStep::Experts: drawExpertsStep(form, env); break;
    case WizardStep::Operations: drawOperationsStep(form, env); break;
    case WizardStep::Materials: drawMaterialsStep(form, env); break;
    case WizardStep::Declaration: drawDeclarationStep(form, env); break;
    case WizardStep::Review: drawReviewStep(form, env); break;
    case WizardStep::Count: break;
  }
}

// Steps that draw their own read-only state (材料: preview stays usable; 声明 and 检查: navigation stays usable).
bool handlesReadOnly(int step) {
  return step == static_cast<int>(WizardStep::Materials) || step == static_cast<int>(WizardStep::Declaration) ||
         step == static_cast<int>(WizardStep::Review);
}

ImVec4 statusColor(SyncStatus status) {
  switch (status) {
    case SyncStatus::Conflict: return ImVec4(0.75f, 0.15f, 0.10f, 1);
    case SyncStatus::Offline: return ImVec4(0.72f, 0.43f, 0.0f, 1);
    case SyncStatus::Synced: return ImVec4(0.10f, 0.50f, 0.20f, 1);
    case SyncStatus::Loading:
    case SyncStatus::SavedLocally:
    case SyncStatus::Syncing:
    case SyncStatus::SignedOut:
    case SyncStatus::ReadOnly: break;
  }
  return ImVec4(0.40f, 0.40f, 0.40f, 1);
}

void drawHeader(Form& form, WizardEnv& env, std::size_t errors) {
  drawHeading("山西省优质中小企业服务资源库入库申请书");
  ImGui::SameLine();
  const float right = ImGui::GetContentRegionMax().x;
  const std::string errorsText = errors ? "还有 " + std::to_string(errors) + " 处错误" : "没有错误";
  const float w = ImGui::CalcTextSize((env.statusLine + "　　" + errorsText).c_str()).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - w));
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(errors ? ImVec4(0.75f, 0.15f, 0.10f, 1) : ImVec4(0.10f, 0.50f, 0.20f, 1), "%s",
                     errorsText.c_str());
  ImGui::SameLine();
  ImGui::TextColored(statusColor(env.syncStatus), "　%s", env.statusLine.c_str());
  recordLastItem(env.widgets, "status_line");
  if (env.readOnly) hintText("申请已提交，以下内容仅供查看。");
  drawReviewerComment(form, "");
}

void drawNavigation(Form& form) {
  ImGui::Spacing();
  ImGui::Separator();
  int& step = form.editor.step;
  ImGui::BeginDisabled(step == 0);
  if (ImGui::Button("上一步")) --step;
  ImGui::EndDisabled();
  recordLastItem(form.widgets, "prev_step");
  ImGui::SameLine();
  ImGui::BeginDisabled(step + 1 >= kStepCount);
  if (ImGui::Button("下一步")) ++step;
  ImGui::EndDisabled();
  recordLastItem(form.widgets, "next_step");
}

void drawFormColumn(Form& form, WizardEnv& env, bool wide) {
  DraftEditor& editor = form.editor;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID lastStepKey = ImGui::GetID("wizard_last_step");
  if (storage->GetInt(lastStepKey, -1) != editor.step) {
    ImGui::SetNextWindowScroll(ImVec2(0, 0));  // a new step starts at its top
    storage->SetInt(lastStepKey, editor.step);
  }
  const float width = wide ? ImGui::GetContentRegionAvail().x - kEligibilityWidth - ImGui::GetStyle().ItemSpacing.x : 0;
  ImGui::BeginChild("wizard_form", ImVec2(width, 0));
  if (editor.restoreScrollY >= 0) {  // back where the user was before a reload, once the content is laid out
    const float maxY = ImGui::GetScrollMaxY();
    ImGui::SetScrollY(std::min(editor.restoreScrollY, maxY));
    if (maxY + 1 >= editor.restoreScrollY || ++editor.restoreFrames > 60) editor.restoreScrollY = -1;
  }
  editor.scrollY = ImGui::GetScrollY();
  if (!wide && ImGui::CollapsingHeader("入库基本条件自查（第六条 6-0 至 6-7）")) drawEligibilityPanel(form);
  const int step = editor.step;
  const std::string pendingJump = editor.jumpTo;
  const bool disabled = env.readOnly && !handlesReadOnly(step);
  ImGui::BeginDisabled(disabled);
  drawStep(form, env, step);
  ImGui::EndDisabled();
  // A jump to a path no field of this step shows (a row, a file) goes to the nearest enclosing one next frame.
  if (!pendingJump.empty() && editor.jumpTo == pendingJump && editor.step == step)
    editor.jumpTo = parentPath(pendingJump);
  drawNavigation(form);
  ImGui::EndChild();
}

}  // namespace

void drawWizard(DraftEditor& editor, WizardEnv& env) {
  Form form{editor, env.widgets};
  env.widgets.setValue("focus", "");  // set again by the focused field below
  if (!editor.jumpTo.empty()) editor.step = stepOfPath(editor.jumpTo);
  editor.step = std::clamp(editor.step, 0, kStepCount - 1);
  const Findings findings = wizardFindings(editor);
  const auto errors = static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; }));

  ImGui::PushID("wizard");
  drawHeader(form, env, errors);
  const bool wide = ImGui::GetContentRegionAvail().x >= kWideLayout;
  ImGui::BeginChild("wizard_steps", ImVec2(kStepListWidth, 0), ImGuiChildFlags_Border);
  drawStepList(form, findings);
  ImGui::EndChild();
  ImGui::SameLine();
  drawFormColumn(form, env, wide);
  if (wide) {
    ImGui::SameLine();
    ImGui::BeginChild("wizard_eligibility", ImVec2(0, 0), ImGuiChildFlags_Border);
    drawEligibilityPanel(form);
    ImGui::EndChild();
  }
  ImGui::PopID();
  env.widgets.setValue("wizard_step", std::to_string(editor.step));
  env.widgets.setValue("error_count", std::to_string(errors));
  recordNavId(env.widgets);
}

}  // namespace sxpool::web
