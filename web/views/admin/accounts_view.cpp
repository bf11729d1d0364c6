// 账号管理 (admin): the reviewer accounts, 新建账号 with its unit, 停用 / 启用 and 重置密码 behind a confirmation.
#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

std::string statusOf(const api::UserView& u) {
  if (u.disabled) return "已停用";
  if (u.mustChangePassword) return "待修改密码";
  return "正常";
}

bool field(App& app, const char* id, const char* label, std::string& value, int flags = 0, const char* hint = "") {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint((std::string("##new_") + id).c_str(), hint, &value, flags);
  recordLastItem(app.ctx.widgets, (std::string("newacct:") + id).c_str());
  const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  for (const auto& f : app.accounts.formFields)
    if (f.path == id) drawMessage(Tone::Error, f.message);
  return enter;
}

const char* roleLabel(const std::string& code) {
  for (const auto& c : reviewerRoleChoices())
    if (code == c.code) return c.label;
  return "";
}

// 角色 and 所属单位: the unit list is the one of GET /units, narrowed to the role's level and to what is typed.
void drawRoleAndUnit(App& app) {
  auto& a = app.accounts;
  auto& f = a.form;
  ImGui::TextUnformatted("角色");
  ImGui::SetNextItemWidth(360);
  if (ImGui::BeginCombo("##new_role", roleLabel(f.role))) {
    for (const auto& c : reviewerRoleChoices())
      if (ImGui::Selectable(c.label, f.role == c.code)) {
        f.role = c.code;
        f.unitCode = c.unitLevel[0] ? "" : "140000";
      }
    ImGui::EndCombo();
  }
  recordLastItem(app.ctx.widgets, "newacct:role");
  const char* level = "";
  for (const auto& c : reviewerRoleChoices())
    if (f.role == c.code) level = c.unitLevel;
  if (!level[0]) {
    ImGui::TextDisabled("系统管理员不属于审核单位（记为省工信厅）");
    return;
  }
  static std::string filter;
  ImGui::TextUnformatted("所属单位");
  ImGui::SetNextItemWidth(200);
  ImGui::InputTextWithHint("##new_unit_filter", "输入名称或代码筛选", &filter);
  recordLastItem(app.ctx.widgets, "newacct:unit_filter");
  std::vector<const api::UnitView*> shown;
  for (const auto& u : a.units)
    if (u.level == level && (filter.empty() || u.name.find(filter) != std::string::npos || u.code.find(filter) == 0))
      shown.push_back(&u);
  if (shown.size() == 1 && !filter.empty()) f.unitCode = shown[0]->code;
  std::string current = "请选择";
  for (const auto& u : a.units)
    if (u.code == f.unitCode) current = u.name + "（" + u.code + "）";
  ImGui::SameLine();
  ImGui::SetNextItemWidth(280);
  if (ImGui::BeginCombo("##new_unit", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const auto* u : shown)
      if (ImGui::Selectable((u->name + "（" + u->code + "）").c_str(), f.unitCode == u->code)) f.unitCode = u->code;
    ImGui::EndCombo();
  }
  recordLastItem(app.ctx.widgets, "newacct:unit");
  app.ctx.widgets.setValue("newacct_unit", f.unitCode);
  if (a.units.empty()) ImGui::TextDisabled("正在读取单位列表…");
  for (const auto& e : a.formFields)
    if (e.path == "unitCode") drawMessage(Tone::Error, e.message);
}

void drawCreateDialog(App& app) {
  auto& a = app.accounts;
  if (a.createOpen && !ImGui::IsPopupOpen("新建审核账号")) ImGui::OpenPopup("新建审核账号");
  if (!ImGui::BeginPopupModal("新建审核账号", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  app.ctx.widgets.setValue("dialog", "create_account");
  auto& f = a.form;
  bool enter = field(app, "account", "账号（登录名）", f.account, 0, "如 xiaodian2");
  enter |= field(app, "displayName", "名称", f.displayName, 0, "如 小店区工信局 张三");
  drawRoleAndUnit(app);
  enter |= field(app, "password", "初始密码（本人首次登录后可自行修改）", f.password, ImGuiInputTextFlags_Password);
  enter |= field(app, "contactName", "联系人", f.contactName);
  enter |= field(app, "contactPhone", "联系电话", f.contactPhone);
  drawMessage(Tone::Error, a.formMessage);
  app.ctx.widgets.setValue("newacct_message", a.formMessage);
  if (ImGui::Button("创建", ImVec2(120, 0)) || enter) submitCreateAccount(app);
  recordLastItem(app.ctx.widgets, "newacct:submit");
  ImGui::SameLine();
  if (ImGui::Button("取消", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) a.createOpen = false;
  recordLastItem(app.ctx.widgets, "newacct:cancel");
  if (!a.createOpen) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawConfirmDialog(App& app) {
  auto& a = app.accounts;
  auto& p = a.pending;
  const bool wanted = p.kind != PendingAccountAction::Kind::None;
  if (wanted && !ImGui::IsPopupOpen("请确认")) ImGui::OpenPopup("请确认");
  if (!ImGui::BeginPopupModal("请确认", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  app.ctx.widgets.setValue("dialog", "confirm_account");
  bool enter = false;
  ImGui::PushTextWrapPos(520);
  if (p.kind == PendingAccountAction::Kind::Disable)
    ImGui::TextWrapped("停用账号「%s」？停用后该账号立即退出登录，并且不能再登录，直到重新启用。", p.account.c_str());
  else if (p.kind == PendingAccountAction::Kind::Enable)
    ImGui::TextWrapped("启用账号「%s」？启用后可以重新登录。", p.account.c_str());
  else if (p.kind == PendingAccountAction::Kind::Reset) {
    ImGui::TextWrapped("重置账号「%s」的密码？该账号立即退出登录；本人用下面的临时密码登录后，必须先设置新密码。",
                       p.account.c_str());
    ImGui::TextUnformatted("临时密码");
    ImGui::SetNextItemWidth(300);
    ImGui::InputText("##reset_password", &p.newPassword, ImGuiInputTextFlags_Password);
    recordLastItem(app.ctx.widgets, "confirm:password");
    enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  }
  ImGui::PopTextWrapPos();
  drawMessage(Tone::Error, a.pendingMessage);
  app.ctx.widgets.setValue("confirm_message", a.pendingMessage);
  if (ImGui::Button("确定", ImVec2(120, 0)) || enter ||
      (p.kind != PendingAccountAction::Kind::Reset && dialogEnterPressed()))
    confirmAccountAction(app);
  recordLastItem(app.ctx.widgets, "confirm:ok");
  ImGui::SameLine();
  if (ImGui::Button("取消", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    p = {};
    a.pendingMessage.clear();
  }
  recordLastItem(app.ctx.widgets, "confirm:cancel");
  if (p.kind == PendingAccountAction::Kind::None) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawTable(App& app) {
  auto& a = app.accounts;
  if (!ImGui::BeginTable("accounts", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY,
                         ImVec2(0, ImGui::GetContentRegionAvail().y - 8)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* h : {"账号", "名称", "角色", "所属单位", "状态", "操作"}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const auto& u : a.users) {
    ImGui::PushID(static_cast<int>(u.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(u.account.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(u.displayName.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(u.roleLabel.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(u.unitName.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(statusOf(u).c_str());
    app.ctx.widgets.setValue("account:" + u.account, statusOf(u) + "|" + u.unitCode);
    ImGui::TableNextColumn();
    const bool self = app.session.user && app.session.user->id == u.id;
    ImGui::BeginDisabled(self);
    if (ImGui::SmallButton(u.disabled ? "启用" : "停用"))
      a.pending = {u.disabled ? PendingAccountAction::Kind::Enable : PendingAccountAction::Kind::Disable, u.id,
                   u.account, ""};
    recordLastItem(app.ctx.widgets, ("account:" + u.account + ":toggle").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("重置密码")) a.pending = {PendingAccountAction::Kind::Reset, u.id, u.account, ""};
    recordLastItem(app.ctx.widgets, ("account:" + u.account + ":reset").c_str());
    ImGui::EndDisabled();
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void drawAccountsView(App& app) {
  auto& a = app.accounts;
  beginScreen("accounts");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "accounts");
  drawHeading("账号管理");
  if (ImGui::Button("返回")) leaveAccountScreen(app);
  recordLastItem(app.ctx.widgets, "accounts:back");
  ImGui::SameLine();
  if (ImGui::Button("新建审核账号")) openCreateAccount(app);
  recordLastItem(app.ctx.widgets, "accounts:create");
  ImGui::SameLine();
  if (ImGui::Button("刷新")) reloadAccounts(app);
  recordLastItem(app.ctx.widgets, "accounts:reload");
  ImGui::SameLine();
  const std::string count = a.loading ? "正在读取…" : "共 " + std::to_string(a.users.size()) + " 个审核与管理账号";
  ImGui::TextDisabled("%s", count.c_str());
  drawMessage(a.messageIsError ? Tone::Error : Tone::Ok, a.message);
  app.ctx.widgets.setValue("accounts_message", a.message);
  app.ctx.widgets.setValue("accounts_count", std::to_string(a.users.size()));
  const bool dialogOpen = a.createOpen || a.pending.kind != PendingAccountAction::Kind::None;
  drawTable(app);
  drawCreateDialog(app);
  drawConfirmDialog(app);
  if (!dialogOpen && ImGui::IsKeyPressed(ImGuiKey_Escape)) leaveAccountScreen(app);  // Esc in a dialog closes it only
  endScreen();
}

}  // namespace sxpool::web
