// 承诺 (第六条(一)(七)), 申报材料真实性声明 (附件2), and submission with a confirmation that states the declaration.
#include "imgui.h"
#include "sxpool/fields/application_fields.hpp"
#include "sxpool/date.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/screen.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

constexpr const char* kDeclarationText =
    "本单位知悉并保证所提供的山西省优质中小企业公共服务资源库入库申请资料和相关证明文件的真实性、完整性和准确性，"
    "并承担因资料虚假而产生的后果。";
constexpr const char* kConfirmPopup = "确认提交申请";

std::size_t errorCount(const Findings& all) {
  std::size_t n = 0;
  for (const Finding& f : all) n += f.severity == Severity::Error ? 1 : 0;
  return n;
}

void drawCommitments(Form& f) {
  sectionHeading(f, "commitments", fields::label(&Application::commitments));
  checkField(f, "commitments.political",
             "本单位拥护中国共产党的领导，热爱祖国，爱岗敬业，诚信守法，坚决践行社会主义核心价值观，"
             "忠实履行政治责任、经济责任、社会责任。（指南第六条（一））",
             SXPOOL_AT(commitments.political));
  checkField(
      f, "commitments.credit",
      "本单位近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单，未发生偷税漏税等违法违规行为；"
      "法定代表人诚信、守法，无不良信用记录。（指南第六条（七））",
      SXPOOL_AT(commitments.credit));
}

void drawDeclaration(Form& f) {
  sectionHeading(f, "declaration", fields::label(&Application::declaration));
  wrappedText(kDeclarationText);
  checkField(f, "declaration.confirmed", "本单位已阅读并确认以上声明", SXPOOL_AT(declaration.confirmed));
  textField(f, "declaration.legalRepresentative", fields::label(&Declaration::legalRepresentative),
            SXPOOL_AT(declaration.legalRepresentative), FieldOpts().withWidth(320));
  const std::string& basicRep = f.editor.app().basic.legalRepresentative;
  if (!basicRep.empty() && basicRep != f.editor.app().declaration.legalRepresentative) {
    if (ImGui::SmallButton("填入申请表中的法定代表人"))
      f.editor.edit("declaration.legalRepresentative",
                    [&](Application& a) { a.declaration.legalRepresentative = basicRep; });
    recordLastItem(f.widgets, "declaration_copy_rep");
  }
  dateField(f, "declaration.date", fields::label(&Declaration::date), SXPOOL_AT(declaration.date));
  if (!f.editor.app().declaration.date) {
    if (ImGui::SmallButton("填入今天的日期")) {
      const Date today = f.editor.today();
      f.editor.buffers().erase("declaration.date");
      f.editor.edit("declaration.date", [&](Application& a) { a.declaration.date = today; });
    }
    recordLastItem(f.widgets, "declaration_today");
  }
  hintText("纸质声明须加盖申请单位公章，扫描后作为申请材料第11项上传。");
}

void drawConfirmModal(Form& f, WizardEnv& env) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x < 640 ? vp->WorkSize.x - 20 : 600, 0));
  if (!ImGui::BeginPopupModal(kConfirmPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  env.widgets.setValue("submit_dialog", "open");
  const Application& app = f.editor.app();
  ImGui::TextUnformatted("提交即表示申请单位作出以下声明：");
  ImGui::Spacing();
  wrappedText(kDeclarationText);
  ImGui::Spacing();
  ImGui::Text("申报单位：%s", app.basic.name.c_str());
  ImGui::Text("法定代表人：%s", app.declaration.legalRepresentative.c_str());
  ImGui::Text("日期：%s", app.declaration.date ? formatDateChinese(*app.declaration.date).c_str() : "");
  ImGui::Spacing();
  wrappedText("申请将提交至：" + (app.routing.unitName.empty() ? std::string("属地单位") : app.routing.unitName) +
              "。审核期间不能修改；如被退回修改，可修改后重新提交。");
  ImGui::Separator();
  bool confirm = ImGui::Button("确认提交（Enter）");
  recordLastItem(env.widgets, "confirm_submit");
  ImGui::SetItemDefaultFocus();
  ImGui::SameLine();
  bool cancel = ImGui::Button("取消（Esc）");
  recordLastItem(env.widgets, "cancel_submit");
  const bool cancelFocused = ImGui::IsItemFocused();
  if (!cancelFocused && dialogEnterPressed()) confirm = true;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) cancel = true;
  if (cancel) {
    ImGui::CloseCurrentPopup();
    env.widgets.setValue("submit_dialog", "closed");
  } else if (confirm) {
    ImGui::CloseCurrentPopup();
    env.widgets.setValue("submit_dialog", "closed");
    if (env.onSubmit) env.onSubmit();
  }
  ImGui::EndPopup();
}

void drawSubmit(Form& f, WizardEnv& env) {
  ImGui::SeparatorText("提交申请");
  const std::size_t errors = errorCount(wizardFindings(f.editor));
  if (env.readOnly)
    hintText("申请已提交，审核期间不能修改。");
  else if (errors > 0)
    wrappedTextColored(ImVec4(0.75f, 0.15f, 0.10f, 1),
                       "还有 " + std::to_string(errors) + " 处错误需要修改。点击“提交申请”查看并逐项修改。");
  else
    ImGui::TextColored(ImVec4(0.10f, 0.50f, 0.20f, 1), "已填写完整，可以提交。");
  ImGui::BeginDisabled(env.readOnly);
  if (ImGui::Button("提交申请", ImVec2(160, ImGui::GetFrameHeight() * 1.4f))) {
    f.editor.setShowAll(true);
    if (errors > 0)
      f.editor.step = static_cast<int>(WizardStep::Review);
    else
      ImGui::OpenPopup(kConfirmPopup);
  }
  ImGui::EndDisabled();
  recordLastItem(env.widgets, "submit");
  drawConfirmModal(f, env);
}

}  // namespace

void drawDeclarationStep(Form& f, WizardEnv& env) {
  ImGui::BeginDisabled(env.readOnly);
  drawCommitments(f);
  ImGui::Spacing();
  drawDeclaration(f);
  ImGui::EndDisabled();
  ImGui::Spacing();
  drawSubmit(f, env);
}

}  // namespace sxpool::web
