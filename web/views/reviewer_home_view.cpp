#include "app/app.hpp"
#include "imgui.h"
#include "views/documents_panel.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
void drawReviewerHomeView(App& app) {
  beginScreen("reviewer");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "reviewer");
  drawMessage(Tone::Error, app.banner);
  drawReviewerDocuments(app);
  ImGui::Spacing();
  drawHeading("审核队列");
  const auto& q = app.reviewer.queue;
  if (!q) {
    ImGui::TextDisabled("正在读取…");
  } else if (ImGui::BeginTable("queue", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
    ImGui::TableSetupColumn("单位名称");
    ImGui::TableSetupColumn("统一社会信用代码");
    ImGui::TableSetupColumn("状态");
    ImGui::TableSetupColumn("回执号");
    ImGui::TableSetupColumn("申请书与材料");
    ImGui::TableHeadersRow();
    for (const auto& row : q->items) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.uscc.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(labelOf(row.state)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.receiptNo.value_or("").c_str());
      ImGui::TableNextColumn();
      drawApplicationDownloads(app, static_cast<long>(row.id), std::nullopt, true);
    }
    ImGui::EndTable();
  }
  endScreen();
}

}  // namespace sxpool::web
