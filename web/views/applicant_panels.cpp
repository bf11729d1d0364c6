#include "views/applicant_panels.hpp"

#include <cstdio>
#include <ctime>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "sxpool/date.hpp"
#include "sxpool/validation.hpp"
#include "views/wizard/steps.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

// "2026年3月2日 14:05" in Shanghai time (the server's "at" is Unix seconds).
std::string dateTimeText(std::int64_t at) {
  const std::int64_t local = at + 8 * 3600;
  const int minutes = static_cast<int>((local / 60) % (24 * 60));
  char hm[16];
  std::snprintf(hm, sizeof hm, " %02d:%02d", minutes / 60, minutes % 60);
  return formatDateChinese(dateInShanghai(at)) + hm;
}

bool rowVisible() { return ImGui::IsRectVisible(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

}  // namespace

void drawReturnComments(App& app) {
  if (!app.applicant.application) return;
  const auto& comments = app.applicant.application->workflow.openComments;
  app.ctx.widgets.setValue("return_comments", std::to_string(comments.size()));
  if (comments.empty()) return;
  drawHeading("退回修改意见");
  hintText("审核人员退回了申请，请按以下意见逐项修改，然后重新提交。点「去修改」直接打开该项。");
  for (std::size_t i = 0; i < comments.size(); ++i) {
    const auto& c = comments[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string where = c.path.empty() ? std::string("整份申请") : fieldLabel(c.path);
    ImGui::Bullet();
    wrappedText(where + "：" + c.comment);
    const std::string name = "return_comment:" + std::to_string(i);
    recordLastItem(app.ctx.widgets, name.c_str());
    app.ctx.widgets.setValue(name, where + "：" + c.comment);
    if (app.applicant.editable()) {
      ImGui::Indent();
      if (ImGui::SmallButton("去修改")) {
        app.openWizard();
        app.applicant.editor.step = stepOfPath(c.path);
        app.applicant.editor.jumpTo = c.path;
      }
      recordLastItem(app.ctx.widgets, (name + ":open").c_str());
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::Separator();
}

void drawWithdraw(App& app) {
  if (!app.canWithdraw()) return;
  ImGui::SameLine();
  static std::string reason;
  if (ImGui::Button("撤回申请")) {
    reason.clear();
    ImGui::OpenPopup("撤回申请");
  }
  recordLastItem(app.ctx.widgets, "withdraw");
  app.ctx.widgets.setValue("withdraw_dialog", ImGui::IsPopupOpen("撤回申请") ? "open" : "closed");
  ImGui::SetNextWindowSize(ImVec2(520, 0));
  if (!ImGui::BeginPopupModal("撤回申请", nullptr, ImGuiWindowFlags_NoResize)) return;
  wrappedText(
      "撤回后，审核立即停止，这份申请书不再报送，也不能再修改或重新提交（本年度）。此操作不能撤销。确定要撤回吗？");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextWithHint("##reason", "撤回原因（选填）", &reason);
  recordLastItem(app.ctx.widgets, "withdraw_reason");
  const bool enter = dialogEnterPressed();
  if (ImGui::Button("确认撤回") || enter) {
    app.withdraw(reason);
    ImGui::CloseCurrentPopup();
  }
  recordLastItem(app.ctx.widgets, "confirm_withdraw");
  ImGui::SameLine();
  if (ImGui::Button("取消") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  recordLastItem(app.ctx.widgets, "cancel_withdraw");
  ImGui::EndPopup();
}

void drawInbox(App& app) {
  drawHeading("消息");
  if (app.applicant.inbox.empty()) {
    hintText("暂无消息。审核人员退回修改或状态变化时，消息会显示在这里。");
    return;
  }
  int unread = 0;
  for (std::size_t i = 0; i < app.applicant.inbox.size(); ++i) {
    const auto& m = app.applicant.inbox[i];
    ImGui::PushID(static_cast<int>(m.id));
    const bool wasUnread = !m.read;
    ImGui::Bullet();
    wrappedText(std::string(wasUnread ? "【未读】" : "") + dateTimeText(m.at) + "　" + m.title);
    const std::string name = "inbox:" + std::to_string(i);
    recordLastItem(app.ctx.widgets, name.c_str());
    app.ctx.widgets.setValue(name, dateTimeText(m.at) + "　" + m.title);
    const bool seen = rowVisible();
    if (!m.body.empty()) {
      ImGui::Indent();
      wrappedText(m.body);
      ImGui::Unindent();
    }
    for (const auto& c : m.comments) {
      ImGui::Indent();
      hintText("%s：%s", c.path.empty() ? "整份申请" : fieldLabel(c.path).c_str(), c.comment.c_str());
      ImGui::Unindent();
    }
    if (wasUnread) ++unread;
    if (wasUnread && seen) app.markInboxSeen(static_cast<long>(m.id));  // on screen now: read
    ImGui::PopID();
  }
  app.ctx.widgets.setValue("inbox_unread", std::to_string(unread));
}

}  // namespace sxpool::web
