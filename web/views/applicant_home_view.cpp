#include "app/app.hpp"
#include "imgui.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

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
  ImGui::Text("单位名称：%s", a.name.empty() ? "（尚未填写）" : a.name.c_str());
  ImGui::Text("当前状态：%s", a.state.label.c_str());
  app.ctx.widgets.setValue("application_state", std::string(codeOf(a.state.code)));
  if (!receiptNo.empty()) ImGui::Text("回执号：%s", receiptNo.c_str());
  app.ctx.widgets.setValue("receipt_no", receiptNo);
  if (!a.nextStep.empty()) drawMessage(Tone::Info, "下一步：" + a.nextStep);
  const auto& round = app.applicant.editor.round();
  ImGui::Text("推荐材料报送截止：%d 年 %d 月 %d 日（由推荐单位报送省工信厅）", round.deadline.year,
              round.deadline.month, round.deadline.day);
  ImGui::Spacing();
  if (ImGui::Button(a.editable ? (a.draftRevision > 0 ? "继续填写申请书" : "开始填写申请书") : "查看已提交的申请书",
                    ImVec2(200, 0)))
    app.openWizard();
  probeLastItem(app.ctx.widgets, "open_wizard");
}

void drawInbox(App& app) {
  drawHeading("消息");
  if (app.applicant.inbox.empty()) {
    ImGui::TextDisabled("暂无消息。审核人员退回修改或状态变化时，消息会显示在这里。");
    return;
  }
  for (const auto& m : app.applicant.inbox) {
    ImGui::PushID(static_cast<int>(m.id));
    ImGui::Bullet();
    ImGui::TextWrapped("%s%s", m.read ? "" : "【未读】", m.title.c_str());
    if (!m.body.empty()) {
      ImGui::Indent();
      ImGui::TextWrapped("%s", m.body.c_str());
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
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
  drawApplicationCard(app);
  ImGui::Spacing();
  ImGui::Separator();
  drawInbox(app);
  ImGui::PopTextWrapPos();
  endScreen();
}

}  // namespace sxpool::web
