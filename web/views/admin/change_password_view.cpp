// 修改密码: every user's own password (old + new twice); the only screen after an admin's reset until it is done.
#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

bool passwordInput(App& app, const char* id, const char* label, std::string& value) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(360);
  ImGui::InputText((std::string("##") + id).c_str(), &value, ImGuiInputTextFlags_Password);
  recordLastItem(app.ctx.widgets, (std::string("password:") + id).c_str());
  const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  for (const auto& f : app.accounts.passwordFields)
    if ((f.path == "oldPassword" && std::string(id) == "old") || (f.path == "newPassword" && std::string(id) == "new"))
      drawMessage(Tone::Error, f.message);
  return enter;
}

}  // namespace

void drawChangePasswordView(App& app) {
  auto& a = app.accounts;
  const auto& user = app.session.user;
  const bool forced = user && user->mustChangePassword;
  beginScreen("change_password");
  if (drawAppBar(user ? user->displayName + "（" + user->roleLabel + "）" : "")) app.signOut();
  app.ctx.widgets.setValue("screen", "change_password");
  app.ctx.widgets.setValue("password_forced", forced ? "1" : "0");
  drawHeading("修改密码");
  if (forced)
    drawMessage(
        Tone::Error,
        "您的密码由管理员设定（新建账号或重置密码）。为保证账号安全，请先设置自己的新密码：设置完成前不能使用系统的其他"
        "功能。");
  ImGui::PushTextWrapPos(760);
  ImGui::TextDisabled("新密码须符合系统的密码要求（长度与字符种类），并且不能与原密码相同。");
  ImGui::PopTextWrapPos();
  bool enter = passwordInput(app, "old", forced ? "原密码（管理员告知的临时密码）" : "原密码", a.oldPassword);
  enter |= passwordInput(app, "new", "新密码", a.newPassword);
  enter |= passwordInput(app, "new2", "再次输入新密码", a.newPassword2);
  ImGui::BeginDisabled(a.passwordBusy);
  if (ImGui::Button(a.passwordBusy ? "正在保存…" : "确认修改", ImVec2(140, 0)) || (enter && !a.passwordBusy))
    submitChangePassword(app);
  recordLastItem(app.ctx.widgets, "password:submit");
  ImGui::EndDisabled();
  if (!forced) {
    ImGui::SameLine();
    if (ImGui::Button("返回", ImVec2(100, 0)) || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive()))
      leaveAccountScreen(app);
    recordLastItem(app.ctx.widgets, "password:back");
  }
  drawMessage(a.passwordDone ? Tone::Ok : Tone::Error, a.passwordMessage);
  app.ctx.widgets.setValue("password_message", a.passwordMessage);
  endScreen();
}

}  // namespace sxpool::web
