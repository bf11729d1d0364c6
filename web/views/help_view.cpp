// 帮助: reached from the sign-in page's link (and from the app bar's sign-in screen only): the input-method trial
// (typing Chinese, paste, copy in this browser) and where to get help. The sign-in page holds no diagnostics.
#include "app/app.hpp"
#include "app/utf8.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

// Lets a user check that typing Chinese and pasting work in this browser.
void drawInputTrial(App& app) {
  const bool open = ImGui::CollapsingHeader("输入测试（检查本机输入法、粘贴与复制）");
  recordLastItem(app.ctx.widgets, "input_trial");
  if (!open) return;
  ImGui::SetNextItemWidth(420);
  ImGui::InputTextWithHint("##scratch", "在此输入或粘贴", &app.session.scratchText);
  recordLastItem(app.ctx.widgets, "scratch_input");
  ImGui::SameLine();
  if (ImGui::Button("复制")) ImGui::SetClipboardText(app.session.scratchText.c_str());
  recordLastItem(app.ctx.widgets, "scratch_copy");
  int chars = 0;
  forEachCodepoint(app.session.scratchText, [&](std::uint32_t) { ++chars; });
  ImGui::Text("已输入 %d 个字符", chars);
  app.ctx.widgets.setValue("scratch_text", app.session.scratchText);
}

}  // namespace

void drawHelpView(App& app) {
  beginScreen("help");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "help");
  drawHeading("帮助");
  if (ImGui::Button("返回") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive()))
    leaveAccountScreen(app);
  recordLastItem(app.ctx.widgets, "help:back");
  ImGui::PushTextWrapPos(760);
  ImGui::TextWrapped(
      "申请机构以统一社会信用代码为账号自行注册；审核人员的账号由系统管理员创建，忘记密码请联系系统管理员重置，"
      "重置后首次登录须设置新密码。若输入中文或粘贴有问题，可在下面试一试本机的输入法与剪贴板。");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  drawInputTrial(app);
  endScreen();
}

}  // namespace sxpool::web
