#include "app/app.hpp"
#include "imgui.h"
#include "views/documents_panel.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
void drawReceiptView(App& app) {
  beginScreen("receipt");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（申请机构）" : "")) app.signOut();
  app.ctx.widgets.setValue("screen", "receipt");
  drawHeading("申请已提交");
  const auto& r = app.applicant.receipt;
  ImGui::Text("回执号：%s", r.receiptNo.c_str());
  app.ctx.widgets.setValue("receipt_no", r.receiptNo);
  ImGui::Text("版本：第 %d 版", r.version);
  drawMessage(Tone::Info, "下一步：" + r.nextStep);
  if (!r.warnings.empty()) {
    ImGui::TextUnformatted("请留意以下提示（不影响提交）：");
    for (const auto& w : r.warnings) drawMessage(Tone::Info, w.message);
  }
  ImGui::TextWrapped("请妥善保存回执号。审核进展和退回修改意见会出现在首页的消息中。");
  ImGui::TextUnformatted("本次提交的申请书（打印两份报送推荐单位）与佐证材料：");
  drawApplicationDownloads(app, app.applicationId(), r.version > 0 ? std::optional<int>(r.version) : std::nullopt);
  ImGui::Spacing();
  if (ImGui::Button("返回首页")) app.backToHome();
  probeLastItem(app.ctx.widgets, "back_home");
  endScreen();
}

}  // namespace sxpool::web
