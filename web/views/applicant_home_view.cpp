#include "app/app.hpp"
#include "imgui.h"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

std::string text(const nlohmann::json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

void drawApplicationCard(App& app) {
  const auto& a = app.application;
  if (!a.is_object()) {
    ImGui::TextDisabled("正在读取本年度申请…");
    return;
  }
  const auto state = a.value("state", nlohmann::json::object());
  ImGui::Text("%d 年度入库申请", a.value("roundYear", 0));
  ImGui::Text("单位名称：%s", text(a, "name").empty() ? "（尚未填写）" : text(a, "name").c_str());
  ImGui::Text("当前状态：%s", text(state, "label").c_str());
  app.ctx.probe.setValue("application_state", text(state, "code"));
  if (!text(a, "receiptNo").empty()) ImGui::Text("回执号：%s", text(a, "receiptNo").c_str());
  app.ctx.probe.setValue("receipt_no", text(a, "receiptNo"));
  if (!text(a, "nextStep").empty()) drawMessage(Tone::Info, "下一步：" + text(a, "nextStep"));
  const auto& round = app.editor.round();
  ImGui::Text("推荐材料报送截止：%d 年 %d 月 %d 日（由推荐单位报送省工信厅）", round.deadline.year,
              round.deadline.month, round.deadline.day);
  ImGui::Spacing();
  const bool editable = a.value("editable", false);
  if (ImGui::Button(
          editable ? (a.value("draftRevision", 0) > 0 ? "继续填写申请书" : "开始填写申请书") : "查看已提交的申请书",
          ImVec2(200, 0)))
    app.openWizard();
  probeLastItem(app.ctx.probe, "open_wizard");
}

void drawInbox(App& app) {
  drawHeading("消息");
  if (app.inbox.empty()) {
    ImGui::TextDisabled("暂无消息。审核人员退回修改或状态变化时，消息会显示在这里。");
    return;
  }
  for (const auto& m : app.inbox) {
    if (!m.is_object()) continue;
    ImGui::PushID(m.value("id", 0));
    ImGui::Bullet();
    ImGui::TextWrapped("%s%s", m.value("read", false) ? "" : "【未读】", text(m, "title").c_str());
    if (!text(m, "body").empty()) {
      ImGui::Indent();
      ImGui::TextWrapped("%s", text(m, "body").c_str());
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
}

}  // namespace

void drawApplicantHomeView(App& app) {
  beginScreen("home");
  if (drawAppBar(app.user ? app.user->displayName + "（申请机构）" : "")) app.signOut();
  app.ctx.probe.setValue("screen", "home");
  drawMessage(Tone::Error, app.banner);
  ImGui::PushTextWrapPos(880);
  drawApplicationCard(app);
  ImGui::Spacing();
  ImGui::Separator();
  drawInbox(app);
  ImGui::PopTextWrapPos();
  endScreen();
}

void drawReceiptView(App& app) {
  beginScreen("receipt");
  if (drawAppBar(app.user ? app.user->displayName + "（申请机构）" : "")) app.signOut();
  app.ctx.probe.setValue("screen", "receipt");
  drawHeading("申请已提交");
  const auto& r = app.receipt;
  ImGui::Text("回执号：%s", text(r, "receiptNo").c_str());
  app.ctx.probe.setValue("receipt_no", text(r, "receiptNo"));
  ImGui::Text("版本：第 %d 版", r.value("version", 0));
  drawMessage(Tone::Info, "下一步：" + text(r, "nextStep"));
  if (r.contains("warnings") && r["warnings"].is_array() && !r["warnings"].empty()) {
    ImGui::TextUnformatted("请留意以下提示（不影响提交）：");
    for (const auto& w : r["warnings"]) drawMessage(Tone::Info, text(w, "message"));
  }
  ImGui::TextWrapped("请妥善保存回执号。审核进展和退回修改意见会出现在首页的消息中。");
  if (ImGui::Button("返回首页")) app.backToHome();
  probeLastItem(app.ctx.probe, "back_home");
  endScreen();
}

void drawReviewerHomeView(App& app) {
  beginScreen("reviewer");
  if (drawAppBar(app.user ? app.user->displayName + "（" + app.user->roleLabel + "）" : "")) app.signOut();
  app.ctx.probe.setValue("screen", "reviewer");
  drawMessage(Tone::Error, app.banner);
  drawHeading("审核队列");
  const auto& q = app.queue;
  if (!q.is_object() || !q.contains("items")) {
    ImGui::TextDisabled("正在读取…");
  } else if (ImGui::BeginTable("queue", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
    ImGui::TableSetupColumn("单位名称");
    ImGui::TableSetupColumn("统一社会信用代码");
    ImGui::TableSetupColumn("状态");
    ImGui::TableSetupColumn("回执号");
    ImGui::TableHeadersRow();
    for (const auto& item : q["items"]) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(text(item, "name").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(text(item, "uscc").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(text(item.value("state", nlohmann::json::object()), "label").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(text(item, "receiptNo").c_str());
    }
    ImGui::EndTable();
  }
  endScreen();
}

}  // namespace sxpool::web
