// The confirmation of every review action: its inputs, what will happen to how many applications, the server's
// refusal where the user acted. Enter confirms (outside a multi-line text), Esc cancels.
#include "app/app.hpp"
#include "imgui.h"
#include "widgets/enum_combo.hpp"
#include "misc/cpp/imgui_stdlib.h"
#include "sxpool/management.hpp"
#include "sxpool/validation.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {
namespace {

const char* titleOf(ReviewDialog d) {
  switch (d) {
    case ReviewDialog::Pass: return "审核通过";
    case ReviewDialog::BulkPass: return "批量审核通过";
    case ReviewDialog::Return: return "退回修改";
    case ReviewDialog::BulkReturn: return "批量退回修改";
    case ReviewDialog::Reject: return "不予通过";
    case ReviewDialog::SpotCheck: return "记录实地抽查";
    case ReviewDialog::Publish: return "列入公示";
    case ReviewDialog::RaiseObjection: return "登记公示异议";
    case ReviewDialog::ResolveObjection: return "处理公示异议";
    case ReviewDialog::Admit: return "纳入资源库";
    case ReviewDialog::Remove: return "移出资源库";
    case ReviewDialog::None: break;
  }
  return "";
}

void textField(App& app, const char* name, const char* label, std::string& value, bool multiline = false) {
  ImGui::TextUnformatted(label);
  if (multiline)
    ImGui::InputTextMultiline((std::string("##") + name).c_str(), &value, ImVec2(520, 90));
  else {
    ImGui::SetNextItemWidth(520);
    ImGui::InputText((std::string("##") + name).c_str(), &value);
  }
  recordLastItem(app.ctx.widgets, name);
}

bool needsRecommendation(const App& app) {
  const auto& d = app.reviewer.open.detail;
  if (!d || app.screen != Screen::ReviewerCase) return false;
  const auto s = d->state.code;
  return s == WorkflowState::AtCity || s == WorkflowState::AtReformZone || s == WorkflowState::AtDepartment;
}

void inputs(App& app) {
  auto& f = app.reviewer.form;
  switch (f.dialog) {
    case ReviewDialog::Pass:
      if (needsRecommendation(app))
        textField(app, "dialog_recommendation", "推荐意见（写入申请表“市级（综改区）推荐部门意见”）：",
                  f.recommendation, true);
      break;
    case ReviewDialog::Return:
      for (const auto& c : app.reviewer.open.comments)
        ImGui::BulletText("%s：%s", c.path.empty() ? "申请整体" : fieldLabel(c.path).c_str(), c.comment.c_str());
      break;
    case ReviewDialog::BulkReturn:
      textField(app, "dialog_reason", "退回意见（发给每一份申请）：", f.reason, true);
      break;
    case ReviewDialog::Reject: textField(app, "dialog_reason", "不予通过的理由（必填）：", f.reason, true); break;
    case ReviewDialog::SpotCheck:
      textField(app, "dialog_date", "抽查日期（YYYY-MM-DD）：", f.spotDate);
      textField(app, "dialog_inspectors", "抽查人员：", f.spotInspectors);
      textField(app, "dialog_result", "抽查结果：", f.spotResult, true);
      ImGui::Checkbox("抽查结论：符合入库条件", &f.spotPassed);
      recordLastItem(app.ctx.widgets, "dialog_passed");
      break;
    case ReviewDialog::Publish: {
      textField(app, "dialog_date", "公示开始日期（YYYY-MM-DD，可晚于今天）：", f.publicityDate);
      const std::string end = app.review.publicityEndText();
      ImGui::Text("公示结束日期：%s（第 %d 个工作日，已扣除周末和法定节假日）", end.empty() ? "—" : end.c_str(),
                  app.reviewer.publicityWorkingDays);
      app.ctx.widgets.setValue("dialog_end", end);
      break;
    }
    case ReviewDialog::RaiseObjection: textField(app, "dialog_reason", "异议内容：", f.reason, true); break;
    case ReviewDialog::ResolveObjection:
      ImGui::Checkbox("异议成立（申请不予通过）", &f.objectionUpheld);
      recordLastItem(app.ctx.widgets, "dialog_upheld");
      textField(app, "dialog_reason", "处理意见：", f.reason, true);
      break;
    case ReviewDialog::Admit:  // 指南第九条: set by the province at admission, starting from the suggestion
      ImGui::TextWrapped("系统建议（按服务方向）：%s", f.suggestion.c_str());
      app.ctx.widgets.setValue("dialog_suggestion", f.suggestion);
      enumCombo<ServiceCharacter>(app.ctx.widgets, "dialog_character", "服务性质：", f.character);
      enumCombo<ServiceClass>(app.ctx.widgets, "dialog_class", "服务类别：", f.serviceClass);
      break;
    case ReviewDialog::Remove: {
      enumCombo<RemovalReason>(app.ctx.widgets, "dialog_removal", "移出原因：", f.removalReason);
      textField(app, "dialog_reason", "说明（可选）：", f.reason, true);
      break;
    }
    default: break;
  }
}

}  // namespace

void drawActionDialog(App& app) {
  auto& f = app.reviewer.form;
  auto& w = app.ctx.widgets;
  if (f.dialog == ReviewDialog::None) {
    w.setValue("dialog", "");
    if (ImGui::IsPopupOpen("review_dialog") &&
        ImGui::BeginPopupModal("review_dialog", nullptr, ImGuiWindowFlags_NoTitleBar)) {  // done: close it
      ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
    return;
  }
  const char* title = titleOf(f.dialog);
  if (f.justOpened) {
    ImGui::OpenPopup("review_dialog");
    f.justOpened = false;
  }
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(560, 0), ImVec2(720, 700));
  if (!ImGui::BeginPopupModal("review_dialog", nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    app.review.cancel();  // closed by ImGui (another screen)
    return;
  }
  w.setValue("dialog", title);
  ImGui::TextUnformatted(title);
  ImGui::Separator();
  inputs(app);
  const std::string missing = app.review.missingInput();
  const std::string text = app.review.confirmationText();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 540);
  drawMessage(Tone::Info, text);
  if (!missing.empty()) drawMessage(Tone::Error, missing);
  drawMessage(Tone::Error, f.error);
  for (const auto& fe : f.fields) drawMessage(Tone::Error, "· " + fe.message);
  ImGui::PopTextWrapPos();
  w.setValue("dialog_text", text);
  w.setValue("dialog_missing", missing);
  w.setValue("dialog_error", f.error);
  ImGui::Spacing();
  const bool ready = missing.empty() && !f.busy;
  const bool typing = ImGui::GetIO().WantTextInput;
  const bool enter = ready && !typing && dialogEnterPressed();
  if (probedButton(app, "dialog_confirm", f.busy ? "正在办理…" : "确认", ready) || enter) app.review.confirm();
  ImGui::SameLine();
  const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  if (probedButton(app, "dialog_cancel", "取消", !f.busy) || (escape && !f.busy)) {
    app.review.cancel();
    ImGui::CloseCurrentPopup();
  } else if (f.dialog == ReviewDialog::None) {
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sxpool::web
