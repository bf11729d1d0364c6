#include "app/app.hpp"
#include "app/document_diff.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "views/wizard/wizard.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

// The same draft was changed elsewhere: both copies side by side, field by field; the user picks one.
void drawConflict(App& app) {
  drawHeading("草稿冲突：请选择保留哪一份");
  ImGui::TextWrapped(
      "这份申请书在另一个浏览器或设备上也被修改并已同步到服务器。下面列出两份不同的内容。"
      "选择后，另一份不会被静默丢弃：选「采用服务器上的版本」时，本机的版本仍另存在本浏览器中。");
  const auto diffs = differences(app.editor.app(), app.sync.theirs());
  app.ctx.probe.setValue("conflict_fields", std::to_string(diffs.size()));
  if (ImGui::Button("保留本机的版本（覆盖服务器上的）")) app.sync.keepMine(app.ctx.now());
  probeLastItem(app.ctx.probe, "conflict_keep_mine");
  ImGui::SameLine();
  if (ImGui::Button("采用服务器上的版本")) app.sync.takeTheirs();
  probeLastItem(app.ctx.probe, "conflict_take_theirs");
  if (ImGui::BeginTable(
          "conflict", 3,
          ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("字段");
    ImGui::TableSetupColumn("本机的版本");
    ImGui::TableSetupColumn("服务器上的版本");
    ImGui::TableHeadersRow();
    for (const auto& d : diffs) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", d.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", d.mine.empty() ? "（空）" : d.mine.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", d.theirs.empty() ? "（空）" : d.theirs.c_str());
    }
    ImGui::EndTable();
  }
}

// The session ended while editing: sign in again right here; nothing typed is lost (it is in the local store).
void drawSessionExpired(App& app) {
  if (!ImGui::IsPopupOpen("登录已过期")) ImGui::OpenPopup("登录已过期");
  if (!ImGui::BeginPopupModal("登录已过期", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextWrapped(
      "长时间未操作，登录已过期。已填写的内容保存在本机，不会丢失；请输入密码重新登录，登录后自动同步。");
  auto& f = app.signInForm;
  ImGui::SetNextItemWidth(280);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputTextWithHint("##password", "密码", &f.password,
                                              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  probeLastItem(app.ctx.probe, "relogin_password");
  if ((ImGui::Button("重新登录") || enter) && !f.busy) app.signIn();
  drawMessage(Tone::Error, f.message);
  if (!app.sessionExpired) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace

void drawWizardScreen(App& app) {
  beginScreen("wizard");
  if (drawAppBar(app.user ? app.user->displayName + "（申请机构）" : "")) app.signOut();
  app.ctx.probe.setValue("screen", "wizard");
  app.ctx.probe.setValue("sync_status", app.sync.statusText());
  if (ImGui::SmallButton("< 返回首页")) app.backToHome();
  probeLastItem(app.ctx.probe, "back_home");
  drawMessage(Tone::Error, app.banner);
  if (!app.sync.message().empty()) drawMessage(Tone::Info, app.sync.message());

  if (app.sync.inConflict()) {
    drawConflict(app);
  } else {
    WizardEnv env{app.ctx.materials, app.ctx.probe, [&app] { app.submit(); }, app.sync.statusText(),
                  !app.application.value("editable", false)};
    drawWizard(app.editor, env);
  }
  if (app.sessionExpired) drawSessionExpired(app);
  endScreen();
}

}  // namespace sxpool::web
