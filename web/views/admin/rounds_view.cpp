// 申报轮次与节假日安排 (admin; the province reads): the rounds with their dates and status, 新建 / 修改 a round (dates,
// every threshold and the 第九条 direction → 类别 map), 开放 / 关闭 behind a confirmation, and a year's holiday
// calendar pasted as CSV with the server's problems listed line by line.
#include <string>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

const char* statusLabel(const std::string& status) {
  if (status == "open") return "受理中";
  if (status == "closed") return "已关闭";
  return "未开放";
}

struct Threshold {
  const char* label;
  int RoundSettings::*member;
};
const Threshold kThresholds[] = {
    {"成立年限（年，第六条）", &RoundSettings::minYearsSinceFounding},
    {"最多服务方向数", &RoundSettings::maxDirections},
    {"副高级以上专家（人）", &RoundSettings::minSeniorExperts},
    {"专家总数（人）", &RoundSettings::minExperts},
    {"合作机构（个）", &RoundSettings::minPartners},
    {"近一年服务企业（家）", &RoundSettings::minServedEnterprises},
    {"典型案例最少（例，第七条）", &RoundSettings::minTypicalCases},
    {"典型案例最多（例）", &RoundSettings::maxTypicalCases},
    {"公示工作日（第八条）", &RoundSettings::publicityWorkingDays},
    {"通报：连续未报送周期（第十条）", &RoundSettings::missesForNotice},
    {"移出：连续未报送周期", &RoundSettings::missesForRemoval},
    {"重大变化报告期限（月，第十一条）", &RoundSettings::changeReportMonths},
    {"不得再次入库（年，第十二条）", &RoundSettings::reentryBanYears},
};

void fieldErrors(App& app, const char* path) {
  for (const auto& f : app.rounds.formFields)
    if (f.path == path) drawMessage(Tone::Error, f.message);
}

bool textField(App& app, const char* id, const char* label, std::string& value, const char* hint) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(200);
  ImGui::InputTextWithHint((std::string("##round_") + id).c_str(), hint, &value);
  recordLastItem(app.ctx.widgets, (std::string("roundform:") + id).c_str());
  fieldErrors(app, id);
  return ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
}

void drawDirectionClasses(RoundSettings& s) {
  if (!ImGui::TreeNode("服务方向 → 服务类别（第九条）")) return;
  for (const auto& d : EnumTable<ServiceDirection>::entries) {
    ImGui::PushID(static_cast<int>(d.value));
    ImGui::TextUnformatted(std::string(d.label).c_str());
    ImGui::SameLine(140);
    ImGui::SetNextItemWidth(200);
    const ServiceClass current = s.classOf(d.value);
    if (ImGui::BeginCombo("##class", std::string(labelOf(current)).c_str())) {
      for (const auto& c : EnumTable<ServiceClass>::entries)
        if (ImGui::Selectable(std::string(c.label).c_str(), c.value == current)) s.directionClass[d.value] = c.value;
      ImGui::EndCombo();
    }
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void drawEditDialog(App& app) {
  auto& r = app.rounds;
  const char* title = "申报轮次设置";
  if (r.editOpen && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImGui::SetNextWindowSizeConstraints(ImVec2(560, 200), ImVec2(760, ImGui::GetIO().DisplaySize.y - 60));
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  app.ctx.widgets.setValue("dialog", "round_form");
  bool enter = false;
  ImGui::BeginDisabled(!r.creating);
  enter |= textField(app, "year", "年度", r.year, "如 2027");
  ImGui::EndDisabled();
  enter |= textField(app, "opensOn", "开始受理日期", r.opensOn, "YYYY-MM-DD");
  ImGui::SameLine();
  ImGui::TextDisabled("报送截止日期见下");
  enter |= textField(app, "deadline", "报送截止日期（含当日）", r.deadline, "YYYY-MM-DD");
  ImGui::Checkbox("截止后拒绝提交和推荐", &r.form.enforceDeadline);
  recordLastItem(app.ctx.widgets, "roundform:enforce");
  if (ImGui::BeginTable("thresholds", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const auto& t : kThresholds) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(t.label);
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(120);
      ImGui::InputInt((std::string("##") + t.label).c_str(), &(r.form.*t.member));
    }
    ImGui::EndTable();
  }
  ImGui::Checkbox("专家总数包含副高级以上专家", &r.form.seniorCountTowardsTotal);
  drawDirectionClasses(r.form);
  fieldErrors(app, "settings");
  drawMessage(Tone::Error, r.formMessage);
  app.ctx.widgets.setValue("roundform_message", r.formMessage);
  if (ImGui::Button("保存", ImVec2(120, 0)) || enter) submitRound(app);
  recordLastItem(app.ctx.widgets, "roundform:submit");
  ImGui::SameLine();
  if (ImGui::Button("取消", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) r.editOpen = false;
  recordLastItem(app.ctx.widgets, "roundform:cancel");
  if (!r.editOpen) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawConfirmDialog(App& app) {
  auto& r = app.rounds;
  if (r.pendingYear && !ImGui::IsPopupOpen("请确认##round")) ImGui::OpenPopup("请确认##round");
  if (!ImGui::BeginPopupModal("请确认##round", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!r.pendingYear && !r.editOpen) app.ctx.widgets.setValue("dialog", "");  // closed: the probe says so
    return;
  }
  app.ctx.widgets.setValue("dialog", "confirm_round");
  ImGui::PushTextWrapPos(520);
  const std::string text = roundActionText(app);
  ImGui::TextWrapped("%s", text.c_str());
  app.ctx.widgets.setValue("roundconfirm_text", text);
  ImGui::PopTextWrapPos();
  drawMessage(Tone::Error, r.pendingMessage);
  app.ctx.widgets.setValue("roundconfirm_message", r.pendingMessage);
  if (ImGui::Button("确定", ImVec2(120, 0)) || dialogEnterPressed()) confirmRoundAction(app);
  recordLastItem(app.ctx.widgets, "roundconfirm:ok");
  ImGui::SameLine();
  if (ImGui::Button("取消", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    r.pendingYear = 0;
    r.pendingMessage.clear();
  }
  recordLastItem(app.ctx.widgets, "roundconfirm:cancel");
  if (!r.pendingYear) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawTable(App& app) {
  auto& r = app.rounds;
  const bool admin = isAdmin(app);
  if (!ImGui::BeginTable("rounds", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
  for (const char* h : {"年度", "受理时间", "公示工作日", "节假日安排", "状态", "操作"}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const auto& v : r.list.items) {
    const int year = v.settings.year;
    const std::string y = std::to_string(year);
    ImGui::PushID(year);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted((y + "年度").c_str());
    ImGui::TableNextColumn();
    const std::string window = formatDate(v.settings.opensOn) + " 至 " + formatDate(v.settings.deadline) +
                               (v.settings.enforceDeadline ? "" : "（截止后仍可提交）");
    ImGui::TextUnformatted(window.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", v.settings.publicityWorkingDays);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v.calendarLoaded ? "已载入" : "未载入");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(statusLabel(v.status));
    app.ctx.widgets.setValue("round:" + y, v.status + "|" + (v.calendarLoaded ? "calendar" : "nocalendar"));
    ImGui::TableNextColumn();
    if (admin) {
      ImGui::BeginDisabled(v.status == "closed");
      if (ImGui::SmallButton("修改")) openEditRound(app, year);
      recordLastItem(app.ctx.widgets, ("round:" + y + ":edit").c_str());
      ImGui::EndDisabled();
      ImGui::SameLine();
      const bool open = v.status != "open";
      if (ImGui::SmallButton(open ? "开放" : "关闭")) askRoundOpen(app, year, open);
      recordLastItem(app.ctx.widgets, ("round:" + y + (open ? ":open" : ":close")).c_str());
    } else {
      ImGui::TextDisabled("只读");
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void drawCalendar(App& app) {
  auto& r = app.rounds;
  ImGui::Separator();
  ImGui::TextUnformatted("节假日安排（公示期、截止日按工作日计算；未载入的年份不能计算，也不能开放该年度轮次）");
  std::string years;
  for (const int y : r.list.calendarYears) years += (years.empty() ? "" : "、") + std::to_string(y);
  ImGui::TextDisabled("已载入：%s", years.empty() ? "无" : (years + "年").c_str());
  app.ctx.widgets.setValue("calendar_years", years);
  if (!isAdmin(app)) return;
  ImGui::TextUnformatted("年份");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(100);
  ImGui::InputTextWithHint("##calendar_year", "如 2027", &r.calendarYear);
  recordLastItem(app.ctx.widgets, "calendar:year");
  ImGui::TextWrapped(
      "把国务院办公厅公布的该年放假和调休安排整理成 CSV 粘贴到下面（格式同 holidays.csv：第一行"
      "“date,kind,name”，每行一天，如“2027-01-01,holiday,元旦”；周末调休上班写 workday）。");
  ImGui::InputTextMultiline("##calendar_csv", &r.calendarCsv, ImVec2(520, 160));
  recordLastItem(app.ctx.widgets, "calendar:csv");
  if (ImGui::Button("载入节假日安排")) submitCalendar(app);
  recordLastItem(app.ctx.widgets, "calendar:submit");
  drawMessage(r.calendarIsError ? Tone::Error : Tone::Ok, r.calendarMessage);
  app.ctx.widgets.setValue("calendar_message", r.calendarMessage);
  app.ctx.widgets.setValue("calendar_problems", std::to_string(r.calendarProblems.size()));
  for (const auto& p : r.calendarProblems) drawMessage(Tone::Error, p);
}

}  // namespace

void drawRoundsView(App& app) {
  auto& r = app.rounds;
  beginScreen("rounds");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "rounds");
  drawHeading("申报轮次与节假日安排");
  if (ImGui::Button("返回")) leaveAccountScreen(app);
  recordLastItem(app.ctx.widgets, "rounds:back");
  ImGui::SameLine();
  if (isAdmin(app)) {
    if (ImGui::Button("新建轮次")) openNewRound(app);
    recordLastItem(app.ctx.widgets, "rounds:create");
    ImGui::SameLine();
  }
  if (ImGui::Button("刷新")) reloadRounds(app);
  recordLastItem(app.ctx.widgets, "rounds:reload");
  ImGui::SameLine();
  ImGui::TextDisabled("%s", r.loading ? "正在读取…" : "同一时间只受理一个轮次：开放新轮次时，正在受理的轮次同时关闭");
  drawMessage(r.messageIsError ? Tone::Error : Tone::Ok, r.message);
  app.ctx.widgets.setValue("rounds_message", r.message);
  app.ctx.widgets.setValue("rounds_count", std::to_string(r.list.items.size()));
  const bool dialogOpen = r.editOpen || r.pendingYear;
  drawTable(app);
  drawCalendar(app);
  drawEditDialog(app);
  drawConfirmDialog(app);
  if (!dialogOpen && ImGui::IsKeyPressed(ImGuiKey_Escape)) leaveAccountScreen(app);
  endScreen();
}

}  // namespace sxpool::web
