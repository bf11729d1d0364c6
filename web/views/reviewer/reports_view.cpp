// 服务情况报送 (指南第十条), for reviewers and the admin in their jurisdiction: per period who reported and who did
// not, the institutions with 2 consecutive misses (the 通报 list the province publishes, published lists kept) and the
// removal proposals after 3 (the province confirms → removal with missed_reports, or dismisses with a reason), and
// the major-change reports the unit verifies.
// Widget map: rects "reports:back", "reports:due:<date>", "reports:publish", "proposal_confirm:<id>",
// "proposal_dismiss:<id>", "reports:dismiss_note"; values "screen" = "reports", "reports_due", "reports_reported",
// "reports_missing", "report_row:<id>" (reported | missing | not_due), "notice_candidates" (names, "、"),
// "notice_lists" (count), "notice_latest" (names of the newest published list), "proposals" (ids), "reports_message",
// "change_state:<id>"; change reports (指南第十一条): rects "change_accept:<id>", "change_propose:<id>",
// "reports:change_note".
#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

std::string names(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& n : list) out += (out.empty() ? "" : "、") + n;
  return out;
}

void drawPeriods(App& app, const api::ReportsOverview& o) {
  ImGui::TextUnformatted("报送周期（截止日）：");
  for (const auto& d : o.dues) {
    ImGui::SameLine();
    const std::string date = formatDate(d);
    const bool shown = d == o.due;
    if (shown) ImGui::BeginDisabled();
    if (ImGui::SmallButton(date.c_str())) {
      app.reports.due = date;
      reloadReports(app);
    }
    if (shown) ImGui::EndDisabled();
    recordLastItem(app.ctx.widgets, ("reports:due:" + date).c_str());
  }
  ImGui::Text("%s 截止的周期：已报送 %d 家，未报送 %d 家", formatDate(o.due).c_str(), o.reported, o.missing);
  app.ctx.widgets.setValue("reports_due", formatDate(o.due));
  app.ctx.widgets.setValue("reports_reported", std::to_string(o.reported));
  app.ctx.widgets.setValue("reports_missing", std::to_string(o.missing));
  if (!ImGui::BeginTable("report_rows", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
  for (const char* h : {"机构名称", "统一社会信用代码", "所在市", "本周期", "连续未报送"}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const auto& r : o.rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.uscc.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.cityName.c_str());
    ImGui::TableNextColumn();
    const char* state = !r.inPeriod ? "not_due" : r.reported ? "reported" : "missing";
    ImGui::TextUnformatted(!r.inPeriod  ? "入库晚于本周期"
                           : r.reported ? ("已报送（" + formatDate(*r.reportedOn) + "）").c_str()
                                        : "未报送");
    app.ctx.widgets.setValue("report_row:" + std::to_string(r.applicationId), state);
    ImGui::TableNextColumn();
    ImGui::Text("%d 个周期", r.trailingMisses);
  }
  ImGui::EndTable();
}

void drawNotices(App& app, const api::ReportsOverview& o) {
  drawHeading("通报名单（连续2个周期未报送）");
  std::vector<std::string> candidates;
  for (const auto& c : o.noticeCandidates) {
    candidates.push_back(c.name);
    ImGui::BulletText("%s（%s）：连续 %d 个周期未报送", c.name.c_str(), c.cityName.c_str(), c.trailingMisses);
  }
  if (candidates.empty()) hintText("目前没有连续2个周期未报送的机构。");
  app.ctx.widgets.setValue("notice_candidates", names(candidates));
  const bool province = app.session.user && app.session.user->role == "province";
  if (province && !candidates.empty()) {
    if (ImGui::Button("发布通报名单", ImVec2(160, 0))) publishNotices(app);
    recordLastItem(app.ctx.widgets, "reports:publish");
  }
  const auto& lists = app.reports.notices.items;
  app.ctx.widgets.setValue("notice_lists", std::to_string(lists.size()));
  std::vector<std::string> latest;
  if (!lists.empty())
    for (const auto& e : lists.front().entries) latest.push_back(e.name);
  app.ctx.widgets.setValue("notice_latest", names(latest));
  for (const auto& l : lists) {
    std::vector<std::string> entries;
    for (const auto& e : l.entries) entries.push_back(e.name + "（" + e.cityName + "）");
    wrappedText("第 " + std::to_string(l.id) + " 号通报（" + formatDate(l.publishedOn) + " 发布）：" + names(entries));
  }
}

void drawProposals(App& app, const api::ReportsOverview& o) {
  drawHeading("移出资源库建议（连续3个周期未报送或重大变化核实后提出）");
  std::string ids;
  const bool province = app.session.user && app.session.user->role == "province";
  if (o.proposals.empty()) hintText("目前没有待确认的移出建议。");
  for (const auto& p : o.proposals) {
    ids += (ids.empty() ? "" : ",") + std::to_string(p.applicationId);
    ImGui::PushID(static_cast<int>(p.applicationId));
    wrappedText(p.name + "：" + std::string(labelOf(p.reason)) +
                (p.source == "missed_reports" ? "（截至 " + p.basis + "）" : "（重大变化报告）"));
    if (province) {
      const std::string id = std::to_string(p.applicationId);
      if (ImGui::SmallButton("确认移出")) decideProposal(app, static_cast<long>(p.applicationId), true);
      recordLastItem(app.ctx.widgets, ("proposal_confirm:" + id).c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton("驳回")) decideProposal(app, static_cast<long>(p.applicationId), false);
      recordLastItem(app.ctx.widgets, ("proposal_dismiss:" + id).c_str());
    }
    ImGui::PopID();
  }
  if (province && !o.proposals.empty()) {
    ImGui::SetNextItemWidth(420);
    ImGui::InputTextWithHint("##dismiss_note", "驳回理由（驳回时必填）", &app.reports.dismissNote);
    recordLastItem(app.ctx.widgets, "reports:dismiss_note");
  }
  app.ctx.widgets.setValue("proposals", ids);
}

// 指南第十一条: the change reports of the caller's jurisdiction; the unit that routed the application verifies.
void drawChanges(App& app) {
  auto& s = app.reports;
  drawHeading("重大变化报告（指南第十一条）");
  if (s.changes.empty()) {
    hintText("暂无重大变化报告。");
    return;
  }
  const std::string unit = app.session.user ? app.session.user->unitCode : "";
  bool anyPending = false;
  for (const auto& c : s.changes) {
    ImGui::PushID(static_cast<int>(c.id));
    wrappedText(c.name + "：" + std::string(labelOf(c.content.kind)) + "（" + formatDate(c.content.changeDate) + "）" +
                (c.content.newName.empty() ? "" : " 新名称“" + c.content.newName + "”") +
                (c.content.newAddress.empty() ? "" : " 新地址“" + c.content.newAddress + "”") + "　" + c.stateLabel +
                (c.overdue ? "　【逾期报告：应于" + formatDate(c.dueOn) + "前报告】" : ""));
    app.ctx.widgets.setValue("change_state:" + std::to_string(c.id), c.state);
    if (c.state == "pending" && c.reviewUnit == unit) {
      anyPending = true;
      const std::string id = std::to_string(c.id);
      if (ImGui::SmallButton("核实通过，更新机构信息")) decideChange(app, static_cast<long>(c.id), true);
      recordLastItem(app.ctx.widgets, ("change_accept:" + id).c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton("不再符合条件，建议移出")) decideChange(app, static_cast<long>(c.id), false);
      recordLastItem(app.ctx.widgets, ("change_propose:" + id).c_str());
    }
    ImGui::PopID();
  }
  if (anyPending) {
    ImGui::SetNextItemWidth(420);
    ImGui::InputTextWithHint("##change_note", "核实意见（建议移出时必填）", &s.changeNote);
    recordLastItem(app.ctx.widgets, "reports:change_note");
  }
}

}  // namespace

void drawReportsView(App& app) {
  auto& s = app.reports;
  beginScreen("reports");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "reports");
  drawHeading("季度服务情况报送（指南第十条）");
  if (ImGui::Button("返回") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive())) leaveReports(app);
  recordLastItem(app.ctx.widgets, "reports:back");
  drawMessage(s.messageIsError ? Tone::Error : Tone::Info, s.message);
  app.ctx.widgets.setValue("reports_message", s.message);
  ImGui::PushTextWrapPos(0);
  if (!s.overview) {
    ImGui::TextDisabled("正在读取报送情况…");
  } else {
    drawPeriods(app, *s.overview);
    ImGui::Spacing();
    drawNotices(app, *s.overview);
    ImGui::Spacing();
    drawProposals(app, *s.overview);
    ImGui::Spacing();
    drawChanges(app);
  }
  ImGui::PopTextWrapPos();
  endScreen();
}

}  // namespace sxpool::web
