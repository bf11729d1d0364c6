// 申请审核: one application read-only, laid out like the wizard, with its checks, materials, history and versions,
// and the actions the reviewer's role allows in its state (each behind a confirmation, action_dialog.cpp).
#include "app/app.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "sxpool/date.hpp"
#include "sxpool/validation.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

ReviewDialog dialogOf(Action a) {
  switch (a) {
    case Action::Pass: return ReviewDialog::Pass;
    case Action::Return: return ReviewDialog::Return;
    case Action::Reject: return ReviewDialog::Reject;
    case Action::RecordSpotCheck: return ReviewDialog::SpotCheck;
    case Action::Publish: return ReviewDialog::Publish;
    case Action::RaiseObjection: return ReviewDialog::RaiseObjection;
    case Action::ResolveObjection: return ReviewDialog::ResolveObjection;
    case Action::Admit: return ReviewDialog::Admit;
    case Action::Remove: return ReviewDialog::Remove;
    default: return ReviewDialog::None;  // the applicant's (submit, resubmit, withdraw)
  }
}

void summary(App& app, const api::ApplicationDetail& d) {
  auto& w = app.ctx.widgets;
  const std::string state = stateText(d.state.code, &d.workflow, app.reviewer.today);
  ImGui::Text("%s", d.name.empty() ? "（未填写名称）" : d.name.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("统一社会信用代码 %s　受理编号 %s　第 %d 版", d.uscc.c_str(), d.receiptNo.value_or("—").c_str(),
                      d.currentVersion);
  ImGui::Text("当前状态：%s", state.c_str());
  if (!d.holdingUnitName.empty()) {
    ImGui::SameLine();
    ImGui::Text("　办理单位：%s", d.holdingUnitName.c_str());
  }
  const auto& wf = d.workflow;
  std::string publicity;
  if (wf.publicityStart && wf.publicityEnd)
    publicity = "公示期：" + formatDate(*wf.publicityStart) + " 至 " + formatDate(*wf.publicityEnd);
  if (!publicity.empty()) {
    ImGui::SameLine();
    ImGui::Text("　%s", publicity.c_str());
  }
  if (!wf.recommendation.empty()) drawMessage(Tone::Info, "推荐意见：" + wf.recommendation);
  for (const auto& s : wf.spotChecks)
    drawMessage(Tone::Info, "实地抽查（" + formatDate(s.date) + "，" + s.inspectors + "）：" + s.result +
                                (s.passed ? "（符合）" : "（不符合）"));
  for (const auto& o : wf.objections)
    drawMessage(Tone::Info, "公示异议（" + formatDate(o.raisedOn) + "）：" + o.content +
                                (o.resolved ? (o.upheld ? "；处理：异议成立，" : "；处理：异议不成立，") + o.resolution
                                            : std::string("；尚未处理")));
  if (!wf.decisionReason.empty()) drawMessage(Tone::Info, "理由：" + wf.decisionReason);
  // 指南第九条: the admitted institution's 服务性质 and 服务类别.
  std::string classification;
  if (const auto& v = app.reviewer.open.classification; v && v->id == d.id && v->classification)
    classification =
        std::string(labelOf(v->classification->character)) + " · " +
        std::string(labelOf(v->classification->serviceClass)) +
        (v->admittedOn ? "（" + formatDate(*v->admittedOn) + "入库" + (v->source == "import" ? "，导入" : "") + "）"
                       : std::string());
  if (!classification.empty()) drawMessage(Tone::Info, "资源库分类：" + classification);
  w.setValue("case_classification", classification);
  w.setValue("case_id", std::to_string(d.id));
  w.setValue("case_state", std::string(codeOf(d.state.code)));
  w.setValue("case_state_text", state);
  w.setValue("case_publicity", publicity);
  w.setValue("case_recommendation", wf.recommendation);
}

void actionBar(App& app, const api::ApplicationDetail& d) {
  std::string codes;
  bool any = false;
  for (const Action a : d.availableActions) {
    const ReviewDialog dialog = dialogOf(a);
    if (dialog == ReviewDialog::None) continue;
    codes += (codes.empty() ? "" : ",") + std::string(codeOf(a));
    if (any) ImGui::SameLine();
    any = true;
    const std::string name = "action:" + std::string(codeOf(a));
    if (probedButton(app, name.c_str(), std::string(labelOf(a)).c_str())) app.review.begin(dialog, {d.id});
  }
  if (!any) ImGui::TextDisabled("此申请当前没有您可以办理的操作（已转至其他环节或已办结）。");
  app.ctx.widgets.setValue("case_actions", codes);
}

bool tab(App& app, const char* name, const char* label) {
  const bool open = ImGui::BeginTabItem(label);
  recordLastItem(app.ctx.widgets, name);
  return open;
}

}  // namespace

void drawReviewerCaseView(App& app) {
  auto& c = app.reviewer.open;
  beginScreen("reviewer_case");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "reviewer_case");
  if (probedButton(app, "back_to_queue", "← 返回审核队列")) {
    app.review.backToQueue();
    endScreen();
    return;
  }
  ImGui::SameLine();
  drawHeading("申请审核");
  drawMessage(Tone::Error, c.error);
  drawMessage(Tone::Ok, c.notice);
  app.ctx.widgets.setValue("case_notice", c.notice);
  if (!c.detail) {
    for (const char* name : {"case_id", "case_state", "case_state_text", "case_actions", "case_publicity"})
      app.ctx.widgets.setValue(name, "");  // nothing of the case shown before
    ImGui::TextDisabled(c.error.empty() ? "正在读取申请…" : "");
    endScreen();
    return;
  }
  const api::ApplicationDetail& d = *c.detail;
  summary(app, d);
  actionBar(app, d);
  const bool canReturn =
      std::find(d.availableActions.begin(), d.availableActions.end(), Action::Return) != d.availableActions.end();
  if (canReturn) drawReturnCommentEditor(app);
  ImGui::Separator();
  if (ImGui::BeginTabBar("case_tabs")) {
    if (tab(app, "case_tab:document", "申请内容")) {
      drawCaseDocument(app);
      ImGui::EndTabItem();
    }
    if (tab(app, "case_tab:checks", "校验结果与入库条件")) {
      drawCaseChecks(app);
      ImGui::EndTabItem();
    }
    if (tab(app, "case_tab:materials", "申请材料")) {
      drawCaseMaterials(app);
      ImGui::EndTabItem();
    }
    if (tab(app, "case_tab:history", "审核记录")) {
      drawCaseHistory(app);
      ImGui::EndTabItem();
    }
    if (tab(app, "case_tab:versions", "历史版本")) {
      drawCaseVersions(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  drawActionDialog(app);
  recordNavId(app.ctx.widgets);
  endScreen();
}

}  // namespace sxpool::web
