#include "views/documents_panel.hpp"

#include <string>
#include <vector>

#include "app/app.hpp"
#include "imgui.h"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

struct DownloadItem {
  std::string key;
  std::string label;
  DownloadRequest request;
};

// The buttons on one line, then under them the state of each download started here.
void drawDownloadRow(App& app, const std::vector<DownloadItem>& items) {
  auto& widgets = app.ctx.widgets;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    const DownloadState* s = app.documents.state(item.key);
    const bool running = s && s->phase == DownloadState::Phase::Running;
    if (i > 0) ImGui::SameLine();
    ImGui::BeginDisabled(running);
    if (ImGui::Button((item.label + "##" + item.key).c_str())) app.documents.start(item.key, item.request);
    ImGui::EndDisabled();
    probeLastItem(widgets, ("download:" + item.key).c_str());
  }
  for (const auto& item : items) {
    const DownloadState* s = app.documents.state(item.key);
    if (!s) continue;
    const std::string text = statusText(*s);
    widgets.setValue("download:" + item.key, phaseCode(s->phase));
    widgets.setValue("download:" + item.key + ":text", text);
    widgets.setValue("download:" + item.key + ":reports", std::to_string(s->reports));
    ImGui::PushID(item.key.c_str());
    if (s->phase == DownloadState::Phase::Running) {
      const float fraction = s->total > 0 ? static_cast<float>(s->received) / static_cast<float>(s->total) : 0.0f;
      ImGui::ProgressBar(s->total > 0 ? fraction : -1.0f * static_cast<float>(ImGui::GetTime()), ImVec2(220, 0), "");
      ImGui::SameLine();
      ImGui::TextUnformatted((item.label + "：" + text).c_str());
    } else {
      drawMessage(s->phase == DownloadState::Phase::Failed ? Tone::Error : Tone::Ok, item.label + "：" + text);
    }
    ImGui::PopID();
  }
}

bool isRecommendingUnit(const std::string& role) {
  return role == "city" || role == "reform_zone" || role == "department";
}

std::string dateText(const std::optional<Date>& d) { return d ? formatDate(*d) : std::string("—"); }

void drawPublicityBatches(App& app) {
  app.documents.loadPublicity();
  const auto& list = app.documents.publicity();
  if (!app.documents.publicityError().empty()) {
    drawMessage(Tone::Error, app.documents.publicityError());
    return;
  }
  if (!list) {
    ImGui::TextDisabled("正在读取公示批次…");
    return;
  }
  app.ctx.widgets.setValue("publicity_batches", std::to_string(list->items.size()));
  if (list->items.empty()) {
    ImGui::TextDisabled("暂无公示批次：省工信厅发布公示后，各批名单可在这里下载。");
    return;
  }
  if (ImGui::BeginTable("publicity_batches", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
    ImGui::TableSetupColumn("批次");
    ImGui::TableSetupColumn("公示期");
    ImGui::TableSetupColumn("家数");
    ImGui::TableSetupColumn("名单");
    ImGui::TableHeadersRow();
    for (const auto& b : list->items) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("第 %lld 批（%s）", static_cast<long long>(b.id), b.stateLabel.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s 至 %s", dateText(b.startDate).c_str(), dateText(b.endDate).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", b.count);
      ImGui::TableNextColumn();
      drawDownloadRow(app, {{"publicity:" + std::to_string(b.id), "公示名单（CSV）", ApiClient::publicityCsv(b.id)}});
    }
    ImGui::EndTable();
  }
}

}  // namespace

void drawApplicationDownloads(App& app, long applicationId, std::optional<int> version, bool compact) {
  if (applicationId <= 0) return;
  app.documents.setAccount(app.session.user ? app.session.user->account : std::string());
  const std::string id = std::to_string(applicationId);
  ImGui::PushID(static_cast<int>(applicationId));
  drawDownloadRow(app,
                  {{"docx:" + id, compact ? "Word" : "申请书（Word）",
                    ApiClient::applicationDocument(applicationId, BookFile::Docx, version)},
                   {"pdf:" + id, compact ? "PDF" : "申请书（PDF）",
                    ApiClient::applicationDocument(applicationId, BookFile::Pdf, version)},
                   {"zip:" + id, compact ? "材料" : "佐证材料（zip）", ApiClient::materialsArchive(applicationId)}});
  ImGui::PopID();
}

void drawReviewerDocuments(App& app, const api::QueueQuery& filters) {
  if (!app.session.user || isApplicant(*app.session.user)) return;
  const auto& user = *app.session.user;
  app.documents.setAccount(user.account);
  drawHeading("文件下载");
  std::vector<DownloadItem> lists;
  if (isRecommendingUnit(user.role))
    lists.push_back({"summary", "推荐汇总表（Excel）", ApiClient::recommendationSummary(user.unitCode, std::nullopt)});
  lists.push_back({"queue_csv", "审核列表（CSV）", ApiClient::queueCsv(filters)});
  if (user.role == "province" || user.role == "admin")
    lists.push_back({"pool_csv", "入库机构名单（CSV）", ApiClient::poolCsv()});
  drawDownloadRow(app, lists);
  if (isRecommendingUnit(user.role))
    ImGui::TextDisabled("推荐汇总表（附件3）列出本单位本年度推荐的机构，打印盖章后报送省工信厅。");
  ImGui::Spacing();
  ImGui::TextUnformatted("公示批次");
  drawPublicityBatches(app);
}

}  // namespace sxpool::web
