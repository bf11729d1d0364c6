#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {
namespace {

void drawIntro(const App& app) {
  ImGui::TextWrapped(
      "依据《山西省优质中小企业服务资源库管理指南（试行）》，服务机构在此在线填写入库申请书、上传佐证材料；"
      "县（市、区）、市工信局（山西综改区管委会）或省级主管部门逐级初审并提出推荐意见；省工信厅审核、"
      "公示五个工作日后纳入服务资源库，并按季度实行动态管理。");
  switch (app.session.server.state) {
    case ServerStatus::State::Checking: drawMessage(Tone::Info, "正在连接服务器…"); break;
    case ServerStatus::State::Online: drawMessage(Tone::Ok, "服务器连接正常 " + app.session.server.detail); break;
    case ServerStatus::State::Offline:
      drawMessage(Tone::Error, "无法连接服务器：" + app.session.server.detail + "。请检查网络后刷新页面。");
      break;
  }
}

// A labelled input; records its rect as "signin:<id>" for the browser tests.
void labelledInput(App& app, const char* id, const char* label, std::string& value, int flags = 0,
                   const char* hint = "") {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint((std::string("##") + id).c_str(), hint, &value, flags);
  recordLastItem(app.ctx.widgets, (std::string("signin:") + id).c_str());
}

void drawFieldErrors(const std::vector<api::ErrorField>& fields, const char* path) {
  for (const auto& f : fields)
    if (f.path == path) drawMessage(Tone::Error, f.message);
}

void drawSignInForm(App& app) {
  auto& f = app.session.form;
  labelledInput(app, "account", "账号（申请机构为统一社会信用代码）", f.account, 0, "18 位统一社会信用代码或审核账号");
  labelledInput(app, "password", "密码", f.password, ImGuiInputTextFlags_Password);
  const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter);
  ImGui::BeginDisabled(f.busy);
  if (ImGui::Button(f.busy ? "正在登录…" : "登录", ImVec2(120, 0)) || (enter && !f.busy)) app.signIn();
  recordLastItem(app.ctx.widgets, "signin:submit");
  ImGui::EndDisabled();
}

void drawRegisterForm(App& app) {
  auto& f = app.session.form;
  labelledInput(app, "uscc", "统一社会信用代码（即登录账号）", f.regUscc, ImGuiInputTextFlags_CharsUppercase);
  drawFieldErrors(f.regFields, "uscc");
  labelledInput(app, "name", "单位名称", f.regName);
  drawFieldErrors(f.regFields, "name");
  labelledInput(app, "contact", "联系人", f.regContact);
  drawFieldErrors(f.regFields, "contactName");
  labelledInput(app, "phone", "联系电话", f.regPhone, 0, "手机或 0351-1234567");
  drawFieldErrors(f.regFields, "contactPhone");
  labelledInput(app, "email", "电子信箱", f.regEmail);
  drawFieldErrors(f.regFields, "email");
  labelledInput(app, "reg_password", "设置密码", f.regPassword, ImGuiInputTextFlags_Password);
  drawFieldErrors(f.regFields, "password");
  labelledInput(app, "reg_password2", "再次输入密码", f.regPassword2, ImGuiInputTextFlags_Password);
  ImGui::BeginDisabled(f.busy);
  if (ImGui::Button(f.busy ? "正在注册…" : "注册并登录", ImVec2(160, 0))) app.registerApplicant();
  recordLastItem(app.ctx.widgets, "signin:register");
  ImGui::EndDisabled();
}

// 先填写，稍后注册: the wizard on a draft kept in this browser; it becomes the application's draft at sign-in.
void drawFillFirst(App& app) {
  ImGui::TextWrapped("尚未注册也可以先填写申请书：内容保存在本浏览器中，注册或登录后自动转入本机构的申请书。");
  if (ImGui::Button("先填写，稍后注册")) app.fillBeforeRegistering();
  recordLastItem(app.ctx.widgets, "fill_first");
}

}  // namespace

void drawSignInView(App& app) {
  beginScreen("signin");
  drawAppBar("");
  ImGui::PushTextWrapPos(760);
  drawIntro(app);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  auto& f = app.session.form;
  if (ImGui::BeginTabBar("signin_tabs")) {
    const bool signInTab = ImGui::BeginTabItem("登录");
    recordLastItem(app.ctx.widgets, "tab:signin");
    if (signInTab) {
      f.registering = false;
      drawSignInForm(app);
      ImGui::EndTabItem();
    }
    const bool registerTab = ImGui::BeginTabItem("申请机构注册");
    recordLastItem(app.ctx.widgets, "tab:register");
    if (registerTab) {
      f.registering = true;
      drawRegisterForm(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  app.ctx.widgets.setValue("screen", "signin");
  drawMessage(Tone::Error, f.message);
  app.ctx.widgets.setValue("signin_message", f.message);
  ImGui::Spacing();
  drawFillFirst(app);
  ImGui::Spacing();
  if (ImGui::SmallButton("帮助与输入测试")) openHelp(app);  // the diagnostics live on the help page
  recordLastItem(app.ctx.widgets, "help_link");
  // 指南第十四条: the pool and the 公示 lists are public (plain pages of the server, no sign-in).
  ImGui::SameLine();
  if (ImGui::SmallButton("资源库名录") && app.ctx.downloads) app.ctx.downloads->openPage("directory");
  recordLastItem(app.ctx.widgets, "directory_link");
  ImGui::SameLine();
  if (ImGui::SmallButton("入库公示") && app.ctx.downloads) app.ctx.downloads->openPage("publicity");
  recordLastItem(app.ctx.widgets, "publicity_link");
  endScreen();
}

}  // namespace sxpool::web
