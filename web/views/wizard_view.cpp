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
  const auto diffs = differences(app.applicant.editor.app(), app.applicant.sync.theirs());
  app.ctx.widgets.setValue("conflict_fields", std::to_string(diffs.size()));
  if (ImGui::Button("保留本机的版本（覆盖服务器上的）")) app.applicant.sync.keepMine(app.ctx.now());
  recordLastItem(app.ctx.widgets, "conflict_keep_mine");
  ImGui::SameLine();
  if (ImGui::Button("采用服务器上的版本")) app.applicant.sync.takeTheirs();
  recordLastItem(app.ctx.widgets, "conflict_take_theirs");
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
  auto& f = app.session.form;
  ImGui::SetNextItemWidth(280);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputTextWithHint("##password", "密码", &f.password,
                                              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  recordLastItem(app.ctx.widgets, "relogin_password");
  if ((ImGui::Button("重新登录") || enter) && !f.busy) app.signIn();
  drawMessage(Tone::Error, f.message);
  if (!app.session.expired) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// Filled in before registering: what happens to this draft, and the way to register or sign in.
void drawSignedOutNotice(App& app) {
  drawMessage(Tone::Info,
              "尚未登录：填写的内容只保存在本浏览器中，不会发送到服务器。注册或登录后，这些内容自动转入本机构的申请书，"
              "再上传材料并提交。");
  if (ImGui::Button("注册或登录")) app.backToSignIn();
  recordLastItem(app.ctx.widgets, "signed_out_sign_in");
}

}  // namespace

void drawWizardView(App& app) {
  beginScreen("wizard");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（申请机构）" : "")) app.signOut();
  auto& widgets = app.ctx.widgets;
  auto& sync = app.applicant.sync;
  widgets.setValue("screen", "wizard");
  widgets.setValue("sync_status", sync.statusText());
  widgets.setValue("draft_revision", std::to_string(sync.baseRevision()));
  if (app.signedOutDraft()) {
    drawSignedOutNotice(app);
  } else {
    if (ImGui::SmallButton("< 返回首页")) app.backToHome();
    recordLastItem(widgets, "back_home");
  }
  drawMessage(Tone::Error, app.banner);
  drawMessage(Tone::Info, app.notice);
  widgets.setValue("notice", app.notice);
  if (!sync.message().empty()) drawMessage(Tone::Info, sync.message());

  if (sync.inConflict()) {
    drawConflict(app);
  } else {
    WizardEnv env{app.ctx.materials,        widgets,
                  [&app] { app.submit(); }, sync.status(),
                  sync.statusText(),        app.session.user && !app.applicant.editable(),
                  app.applicant.departments};
    drawWizard(app.applicant.editor, env);
  }
  if (app.session.expired) drawSessionExpired(app);
  endScreen();
}

}  // namespace sxpool::web
