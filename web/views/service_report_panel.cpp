// The admitted institution's quarterly service report on its home screen (指南第十条): the period open today and
// its due date, any overdue period, the consequence, and the form to file the open period's report; below it, major
// changes (指南第十一条) and the form to report one.
#include <string_view>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/applicant_panels.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_input.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

void numberField(App& app, const char* id, const char* label, std::string& value, const char* hint) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(180);
  ImGui::SetNextItemWidth(std::string_view(id).rfind("change_", 0) == 0 ? 420 : 160);
  ImGui::InputTextWithHint((std::string("##report_") + id).c_str(), hint, &value);
  recordLastItem(app.ctx.widgets, (std::string("report:") + id).c_str());
}

std::string joined(const std::vector<Date>& dates) {
  std::string out;
  for (const auto& d : dates) out += (out.empty() ? "" : "、") + formatDate(d);
  return out;
}

void drawForm(App& app, const api::ReportingView& v) {
  auto& f = app.reports.form;
  ImGui::Text("填报本周期（%s 截止）服务情况：", formatDate(v.currentDue).c_str());
  numberField(app, "enterprises", "服务企业数（家）", f.enterprises, "如 35");
  numberField(app, "activities", "开展活动（次）", f.activities, "如 4");
  numberField(app, "public", "公益性服务（次）", f.publicServices, "如 12");
  numberField(app, "income", "服务收入（万元）", f.income, "如 18.5");
  numberField(app, "cases", "典型案例（个）", f.cases, "如 2");
  ImGui::TextUnformatted("服务情况说明");
  wrappedMultiline("##report_summary", f.summary, ImVec2(-1, 80));
  recordLastItem(app.ctx.widgets, "report:summary");
  ImGui::BeginDisabled(app.reports.filing);
  if (ImGui::Button(app.reports.filing ? "正在报送…" : "报送本周期服务情况", ImVec2(200, 0)))
    fileServiceReport(app, static_cast<long>(v.applicationId));
  ImGui::EndDisabled();
  recordLastItem(app.ctx.widgets, "report:submit");
}

// 指南第十一条: a major change, reported within 3 months; the institution's reports with their state.
void drawChangeReports(App& app, long applicationId) {
  auto& s = app.reports;
  auto& c = s.change;
  if (!ImGui::CollapsingHeader("报告重大变化（更名、合并、重组、迁移等，指南第十一条）")) return;
  recordLastItem(app.ctx.widgets, "change:open");
  hintText("发生重大变化后，请在3个月内报告，由推荐单位核实。");
  const auto& kinds = entriesOf<ChangeKind>();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("变化类型");
  ImGui::SameLine(180);
  ImGui::SetNextItemWidth(300);
  if (ImGui::BeginCombo("##change_kind",
                        std::string(kinds[static_cast<size_t>(c.kind) % std::size(kinds)].label).c_str())) {
    for (size_t i = 0; i < std::size(kinds); ++i)
      if (ImGui::Selectable(std::string(kinds[i].label).c_str(), static_cast<size_t>(c.kind) == i))
        c.kind = static_cast<int>(i);
    ImGui::EndCombo();
  }
  recordLastItem(app.ctx.widgets, "change:kind");
  numberField(app, "change_date", "变化日期", c.changeDate, "2026-04-15");
  numberField(app, "change_name", "变更后名称", c.newName, "更名、合并、重组时填写");
  numberField(app, "change_address", "变更后地址", c.newAddress, "迁移时填写");
  ImGui::TextUnformatted("变化内容说明");
  wrappedMultiline("##change_description", c.description, ImVec2(-1, 60));
  recordLastItem(app.ctx.widgets, "change:description");
  if (ImGui::Button("提交重大变化报告", ImVec2(200, 0))) fileChangeReport(app, applicationId);
  recordLastItem(app.ctx.widgets, "change:submit");
  drawMessage(s.changeIsError ? Tone::Error : Tone::Info, s.changeMessage);
  app.ctx.widgets.setValue("change_message", s.changeMessage);
  for (const auto& r : s.mine->changes) {
    if (r.applicationId != applicationId) continue;
    wrappedText(std::string(labelOf(r.content.kind)) + "（" + formatDate(r.content.changeDate) + "，" +
                formatDate(r.filedOn) + "报告" + (r.overdue ? "，已超过3个月期限" : "") + "）：" + r.stateLabel +
                "　核实单位：" + r.reviewUnitName);
  }
}

}  // namespace

void drawServiceReportPanel(App& app) {
  const auto& a = app.applicant.application;
  if (!a || a->state.code != WorkflowState::Admitted) return;
  auto& s = app.reports;
  if (!s.mine) {
    loadMyReports(app);
    ImGui::TextDisabled("正在读取季度服务情况…");
    return;
  }
  drawHeading("季度服务情况报送（指南第十条）");
  drawMessage(s.formIsError ? Tone::Error : Tone::Info, s.formMessage);
  app.ctx.widgets.setValue("report_form_message", s.formMessage);
  for (const auto& v : s.mine->items) {
    if (v.applicationId != a->id) continue;
    ImGui::Text("入库日期：%s　　本周期截止：%s", formatDate(v.admittedOn).c_str(), formatDate(v.currentDue).c_str());
    app.ctx.widgets.setValue("report_next_due", formatDate(v.currentDue));
    app.ctx.widgets.setValue("report_current_reported", v.currentReported ? "yes" : "no");
    app.ctx.widgets.setValue("report_overdue", joined(v.overdue));
    app.ctx.widgets.setValue("report_message", v.message);
    if (!v.overdue.empty())
      drawMessage(Tone::Error, "未按时报送的周期（截止日）：" + joined(v.overdue) + "。逾期不能补报，按未报送计。");
    drawMessage(v.consequence == ReportingConsequence::None ? Tone::Info : Tone::Error, v.message);
    if (v.currentReported)
      hintText("本周期已报送，下一周期开始后可报送下一次。");
    else
      drawForm(app, v);
    if (!v.reports.empty()) {
      ImGui::TextUnformatted("已报送：");
      for (const auto& r : v.reports)
        ImGui::BulletText("%s 截止的周期（%s 报送）：服务企业 %d 家，活动 %d 次，收入 %s 万元",
                          formatDate(r.periodDue).c_str(), formatDate(r.filedOn).c_str(), r.content.enterprisesServed,
                          r.content.activities, formatDecimal2(r.content.income).c_str());
    }
  }
  drawChangeReports(app, static_cast<long>(a->id));
  ImGui::Spacing();
  ImGui::Separator();
}

}  // namespace sxpool::web
