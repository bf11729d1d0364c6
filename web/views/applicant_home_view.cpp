#include "app/app.hpp"
#include "imgui.h"
#include "views/applicant_panels.hpp"
#include "views/documents_panel.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

void drawApplicationCard(App& app) {
  if (!app.applicant.application) {
    ImGui::TextDisabled("正在读取本年度申请…");
    return;
  }
  const api::ApplicationDetail& a = *app.applicant.application;
  const std::string receiptNo = a.receiptNo.value_or("");
  ImGui::Text("%d 年度入库申请", a.roundYear);
  wrappedText("单位名称：" + (a.name.empty() ? std::string("（尚未填写）") : a.name));
  ImGui::Text("当前状态：%s", a.state.label.c_str());
  app.ctx.widgets.setValue("application_state", std::string(codeOf(a.state.code)));
  if (!receiptNo.empty()) ImGui::Text("回执号：%s", receiptNo.c_str());
  app.ctx.widgets.setValue("receipt_no", receiptNo);
  if (!a.nextStep.empty()) drawMessage(Tone::Info, "下一步：" + a.nextStep);
  app.ctx.widgets.setValue("next_step", a.nextStep);
  const auto& round = app.applicant.editor.round();
  ImGui::Text("推荐材料报送截止：%d 年 %d 月 %d 日（由推荐单位报送省工信厅）", round.deadline.year,
              round.deadline.month, round.deadline.day);
  ImGui::Spacing();
  if (ImGui::Button(a.editable ? (a.draftRevision > 0 ? "继续填写申请书" : "开始填写申请书") : "查看已提交的申请书",
                    ImVec2(200, 0)))
    app.openWizard();
  recordLastItem(app.ctx.widgets, "open_wizard");
  drawWithdraw(app);
  ImGui::Spacing();
  ImGui::TextUnformatted(a.currentVersion > 0 && !a.editable ? "下载已提交的申请书（纸质报送两份、扫描件与 Word 版）："
                                                             : "下载申请书（当前草稿）与已上传的佐证材料：");
  drawApplicationDownloads(app, a.id,
                           a.currentVersion > 0 && !a.editable ? std::optional<int>(a.currentVersion) : std::nullopt);
}

}  // namespace

void drawApplicantHomeView(App& app) {
  beginScreen("home");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（申请机构）" : "")) app.signOut();
  app.ctx.widgets.setValue("screen", "home");
  drawMessage(Tone::Error, app.banner);
  drawMessage(Tone::Info, app.notice);
  app.ctx.widgets.setValue("notice", app.notice);
  ImGui::PushTextWrapPos(880);
  drawServiceReportPanel(app);  // an admitted institution's quarterly report comes first (指南第十条)
  drawApplicationCard(app);
  drawPoolProfile(app);
  ImGui::Spacing();
  ImGui::Separator();
  drawReturnComments(app);
  drawInbox(app);
  ImGui::PopTextWrapPos();
  endScreen();
}

}  // namespace sxpool::web
