// 审计日志 (admin: every row; province: its own scope, as the server decides): filters by account, unit, event,
// application and date range; newest first.
#include <cstdio>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "sxpool/date.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

bool filterInput(App& app, const char* id, const char* label, std::string& value, float width, const char* hint) {
  ImGui::BeginGroup();
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint((std::string("##audit_") + id).c_str(), hint, &value);
  recordLastItem(app.ctx.widgets, (std::string("audit:") + id).c_str());
  const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  ImGui::EndGroup();
  ImGui::SameLine();
  return enter;
}

// "2026-04-20 09:30" in 山西 time.
std::string timeText(std::int64_t at) {
  const std::int64_t local = at + 8 * 3600;
  const auto day = Date::fromDays(local >= 0 ? local / 86400 : (local - 86399) / 86400);
  const int secs = static_cast<int>(((local % 86400) + 86400) % 86400);
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", secs / 3600, secs / 60 % 60);
  return formatDate(day) + " " + hm;
}

}  // namespace

void drawAuditView(App& app) {
  auto& a = app.accounts;
  auto& q = a.auditQuery;
  beginScreen("audit");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "audit");
  drawHeading("审计日志");
  if (ImGui::Button("返回") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive()))
    leaveAccountScreen(app);
  recordLastItem(app.ctx.widgets, "audit:back");
  bool enter = filterInput(app, "account", "账号", q.account, 130, "完整账号");
  enter |= filterInput(app, "unit", "单位代码", q.unitCode, 110, "如 140105");
  enter |= filterInput(app, "event", "操作", q.event, 130, "如 pass、login");
  enter |= filterInput(app, "application", "申报编号", a.auditApplication, 90, "如 12");
  enter |= filterInput(app, "from", "起始日期", q.fromDate, 120, "2026-03-01");
  enter |= filterInput(app, "to", "截止日期", q.toDate, 120, "2026-04-30");
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ImGui::Button("查询") || enter) reloadAudit(app);
  recordLastItem(app.ctx.widgets, "audit:search");
  ImGui::EndGroup();
  drawMessage(Tone::Error, a.auditMessage);
  app.ctx.widgets.setValue("audit_message", a.auditMessage);
  app.ctx.widgets.setValue("audit_count", std::to_string(a.audit.size()));
  std::string events;
  for (const auto& e : a.audit) events += (events.empty() ? "" : ",") + e.event;
  app.ctx.widgets.setValue("audit_events", events);
  ImGui::TextDisabled(a.auditLoading ? "正在查询…" : "共 %d 条（最新在前，最多 200 条）",
                      static_cast<int>(a.audit.size()));
  if (ImGui::BeginTable("audit", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY,
                        ImVec2(0, ImGui::GetContentRegionAvail().y - 8))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"时间", "账号", "单位", "操作", "申报编号", "状态变化", "说明"}) ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(a.audit.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const auto& e = a.audit[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(timeText(e.at).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.account.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.unitCode.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.event.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.applicationId ? std::to_string(*e.applicationId).c_str() : "");
        ImGui::TableNextColumn();
        if (e.from || e.to) ImGui::Text("%s → %s", e.from.value_or("").c_str(), e.to.value_or("").c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.comment.c_str());
      }
    ImGui::EndTable();
  }
  endScreen();
}

}  // namespace sxpool::web
