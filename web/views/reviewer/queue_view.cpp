// 审核队列: the applications of my jurisdiction, one page of the server's at a time, with filters, state tabs,
// sortable columns, paging, multi-select and the bulk actions. The page on screen stays until the next arrives.
#include <algorithm>

#include "app/app.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "sxpool/directions.hpp"
#include "sxpool/text.hpp"
#include "views/documents_panel.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "views/views.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"

namespace sxpool::web {
namespace {

std::string joinIds(const api::QueuePage& page) {
  std::string out;
  for (const auto& item : page.items) out += (out.empty() ? "" : ",") + std::to_string(item.id);
  return out;
}

std::string joinStates(const api::QueuePage& page) {
  std::string out;
  for (const auto& item : page.items) out += (out.empty() ? "" : ",") + std::string(codeOf(item.state));
  return out;
}

void stateTabs(App& app) {
  auto& r = app.reviewer;
  const auto* page = r.queue ? &*r.queue : nullptr;
  const bool all = r.query.states.empty();
  auto tab = [&](const std::string& name, const std::string& label, bool active, const auto& choose) {
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label.c_str());
    if (active) ImGui::PopStyleColor();
    recordLastItem(app.ctx.widgets, name.c_str());
    ImGui::SameLine();
    if (pressed) choose();
  };
  const std::int64_t countAll = page ? page->countAll : 0;
  app.ctx.widgets.setValue("count_all", std::to_string(countAll));
  tab("tab:all", "全部 " + std::to_string(countAll), all, [&] {
    auto q = r.query;
    q.states.clear();
    app.review.setQuery(q);
  });
  for (const auto& e : entriesOf<WorkflowState>()) {
    if (e.value == WorkflowState::Draft) continue;
    std::int64_t n = 0;
    if (page)
      if (auto it = page->counts.find(std::string(e.code)); it != page->counts.end()) n = it->second;
    app.ctx.widgets.setValue("count:" + std::string(e.code), std::to_string(n));
    const bool active = r.query.states.size() == 1 && r.query.states[0] == e.value;
    if (n == 0 && !active) continue;
    if (ImGui::GetContentRegionAvail().x < 160) ImGui::NewLine();
    tab("tab:" + std::string(e.code), std::string(e.label) + " " + std::to_string(n), active, [&] {
      auto q = r.query;
      q.states = {e.value};
      app.review.setQuery(q);
    });
  }
  ImGui::NewLine();
}

// A drop-down of units (or other choices): "" = 全部.
template <class Options, class Choose>
void filterCombo(App& app, const char* name, const char* label, const std::string& current, const Options& options,
                 float width, Choose&& choose) {
  std::string shown = "全部";
  for (const auto& [code, text] : options)
    if (code == current) shown = text;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo((std::string("##") + name).c_str(), shown.c_str())) {
    if (ImGui::Selectable("全部", current.empty())) choose(std::string());
    for (const auto& [code, text] : options)
      if (ImGui::Selectable(text.c_str(), code == current)) choose(code);
    ImGui::EndCombo();
  }
  recordLastItem(app.ctx.widgets, name);
  app.ctx.widgets.setValue(name, shown);
}

void filters(App& app) {
  auto& r = app.reviewer;
  std::vector<std::pair<std::string, std::string>> cities, counties, directions, rounds;
  for (const auto& u : r.units) {
    if (u.level == "city" || u.level == "reform_zone") cities.push_back({u.code, u.name});
    if (u.level == "county" && (r.query.city.empty() || u.parentCode == r.query.city))
      counties.push_back({u.code, u.name});
  }
  for (const auto& e : entriesOf<ServiceDirection>()) directions.push_back({std::string(e.code), std::string(e.label)});
  for (int y = r.today.year; y >= 2024; --y) rounds.push_back({std::to_string(y), std::to_string(y) + " 年度"});

  bool mine = r.query.mine;
  if (ImGui::Checkbox("待我处理", &mine)) {
    auto q = r.query;
    q.mine = mine;
    app.review.setQuery(q);
  }
  recordLastItem(app.ctx.widgets, "filter:mine");
  ImGui::SameLine();
  filterCombo(app, "filter:city", "所属市", r.query.city, cities, 150, [&](const std::string& code) {
    auto q = r.query;
    q.city = code;
    q.county.clear();
    app.review.setQuery(q);
  });
  ImGui::SameLine();
  filterCombo(app, "filter:county", "县（市、区）", r.query.county, counties, 150, [&](const std::string& code) {
    auto q = r.query;
    q.county = code;
    app.review.setQuery(q);
  });
  ImGui::SameLine();
  const std::string direction = r.query.direction ? std::string(codeOf(*r.query.direction)) : std::string();
  filterCombo(app, "filter:direction", "服务方向", direction, directions, 170, [&](const std::string& code) {
    auto q = r.query;
    q.direction = code.empty() ? std::nullopt : fromCode<ServiceDirection>(code);
    app.review.setQuery(q);
  });
  ImGui::SameLine();
  const std::string round = r.query.roundYear ? std::to_string(*r.query.roundYear) : std::string();
  filterCombo(app, "filter:round", "年度", round, rounds, 110, [&](const std::string& code) {
    auto q = r.query;
    q.roundYear = code.empty() ? std::nullopt : std::optional<int>(std::atoi(code.c_str()));
    app.review.setQuery(q);
  });

  ImGui::SetNextItemWidth(360);
  const bool enter = ImGui::InputTextWithHint("##search", "单位名称、统一社会信用代码或受理编号", &r.searchText,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  recordLastItem(app.ctx.widgets, "search");
  ImGui::SameLine();
  if (probedButton(app, "search_go", "搜索") || enter) {
    auto q = r.query;
    q.search = std::string(trimmed(r.searchText));
    app.review.setQuery(q);
  }
  if (!r.query.search.empty()) {
    ImGui::SameLine();
    if (probedButton(app, "search_clear", "清除搜索")) {
      r.searchText.clear();
      auto q = r.query;
      q.search.clear();
      app.review.setQuery(q);
    }
  }
}

// Sorting is the server's (sort, order): a click on a header asks for the page in the new order.
void applySort(App& app) {
  static const char* const kSortKeys[] = {"", "receipt", "name", "", "state", "", "submitted", "updated"};
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
  const auto& s = specs->Specs[0];
  specs->SpecsDirty = false;
  const char* key = s.ColumnIndex >= 0 && s.ColumnIndex < 8 ? kSortKeys[s.ColumnIndex] : "";
  if (!*key) return;
  auto q = app.reviewer.query;
  const bool desc = s.SortDirection == ImGuiSortDirection_Descending;
  if (q.sort == key && q.descending == desc) return;
  q.sort = key;
  q.descending = desc;
  app.review.setQuery(q);
}

void queueTable(App& app) {
  auto& r = app.reviewer;
  const api::QueuePage& page = *r.queue;
  // No ScrollY: a scrolling table is a child window of its own, which Tab never enters (ImGui 1.90). In the
  // screen's window the headers, the check boxes and the names are in the Tab order after the bulk bar.
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("queue", 8, flags)) return;
  ImGui::TableSetupColumn("选择", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthFixed, 44);
  ImGui::TableSetupColumn("受理编号", 0, 1.2f);
  ImGui::TableSetupColumn("单位名称", 0, 3.0f);
  ImGui::TableSetupColumn("统一社会信用代码", ImGuiTableColumnFlags_NoSort, 1.8f);
  ImGui::TableSetupColumn("状态", 0, 2.0f);
  ImGui::TableSetupColumn("属地单位", ImGuiTableColumnFlags_NoSort, 1.6f);
  ImGui::TableSetupColumn("提交时间", 0, 1.3f);
  ImGui::TableSetupColumn("更新时间", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
                          1.3f);
  ImGui::TableHeadersRow();
  applySort(app);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(page.items.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const api::QueueItem& row = page.items[static_cast<std::size_t>(i)];
      const std::string id = std::to_string(row.id);
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool on = r.selected.count(row.id) > 0;
      if (ImGui::Checkbox("##sel", &on)) app.review.toggleSelected(row.id);
      recordLastItem(app.ctx.widgets, ("select:" + id).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.receiptNo.value_or("—").c_str());
      ImGui::TableNextColumn();
      if (ImGui::Selectable(row.name.empty() ? "（未填写名称）" : row.name.c_str(), false)) app.review.openCase(row.id);
      recordLastItem(app.ctx.widgets, ("open:" + id).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.uscc.c_str());
      ImGui::TableNextColumn();
      const std::string state = queueStateText(row, r.today) + (row.mine ? "（待我处理）" : "");
      ImGui::TextUnformatted(state.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.routingUnitName.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.submittedAt ? dateTimeText(*row.submittedAt).c_str() : "—");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(dateTimeText(row.updatedAt).c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

void pager(App& app) {
  auto& r = app.reviewer;
  const api::QueuePage& page = *r.queue;
  const std::int64_t pages = std::max<std::int64_t>(1, (page.total + page.pageSize - 1) / page.pageSize);
  if (probedButton(app, "page_prev", "上一页", page.page > 1)) app.review.goToPage(page.page - 1);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("第 %d / %lld 页，共 %lld 份", page.page, static_cast<long long>(pages),
              static_cast<long long>(page.total));
  ImGui::SameLine();
  if (probedButton(app, "page_next", "下一页", page.page < pages)) app.review.goToPage(page.page + 1);
  app.ctx.widgets.setValue("queue_pages", std::to_string(pages));
}

void bulkBar(App& app) {
  auto& r = app.reviewer;
  const std::vector<std::int64_t> ids(r.selected.begin(), r.selected.end());
  const bool any = !ids.empty();
  bool pageAll = r.queue && !r.queue->items.empty();
  if (r.queue)
    for (const auto& item : r.queue->items) pageAll = pageAll && r.selected.count(item.id) > 0;
  if (ImGui::Checkbox("全选本页", &pageAll)) app.review.selectPage(pageAll);
  recordLastItem(app.ctx.widgets, "select_all");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("已选 %zu 份", ids.size());
  app.ctx.widgets.setValue("selected", std::to_string(ids.size()));
  ImGui::SameLine();
  if (probedButton(app, "bulk_pass", "批量审核通过", any)) app.review.begin(ReviewDialog::BulkPass, ids);
  ImGui::SameLine();
  if (probedButton(app, "bulk_return", "批量退回修改", any)) app.review.begin(ReviewDialog::BulkReturn, ids);
  const auto role = app.session.user ? app.session.user->role : std::string();
  if (role == "province") {
    ImGui::SameLine();
    if (probedButton(app, "bulk_publish", "列入公示…", any)) app.review.begin(ReviewDialog::Publish, ids);
  }
  if (any) {
    ImGui::SameLine();
    if (probedButton(app, "select_none", "取消选择")) r.selected.clear();
  }
}

}  // namespace

void drawReviewerHomeView(App& app) {
  auto& r = app.reviewer;
  beginScreen("reviewer");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  app.ctx.widgets.setValue("screen", "reviewer");
  drawMessage(Tone::Error, app.banner);
  drawHeading("审核队列");
  drawReviewerDocuments(app, r.query);  // 推荐汇总表, the queue as CSV (these filters), 公示名单, the pool
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", r.loading ? "正在读取…" : "");
  app.ctx.widgets.setValue("queue_loading", r.loading ? "1" : "0");
  app.ctx.widgets.setValue("queue_serial", std::to_string(r.shownSerial));
  stateTabs(app);
  filters(app);
  bulkBar(app);
  drawMessage(Tone::Error, r.queueError);
  drawMessage(Tone::Ok, r.notice);
  app.ctx.widgets.setValue("queue_notice", r.notice);
  for (const auto& f : r.bulkFailures) drawMessage(Tone::Error, f);
  if (!r.queue) {
    ImGui::TextDisabled("正在读取审核队列…");
  } else {
    app.ctx.widgets.setValue("queue_total", std::to_string(r.queue->total));
    app.ctx.widgets.setValue("queue_page", std::to_string(r.queue->page));
    app.ctx.widgets.setValue("queue_ids", joinIds(*r.queue));
    app.ctx.widgets.setValue("queue_states", joinStates(*r.queue));  // all rows of the page, drawn or not
    for (const auto& item : r.queue->items)
      app.ctx.widgets.setValue("row_state:" + std::to_string(item.id), queueStateText(item, r.today));
    pager(app);  // above the table: the rows may run below the window's edge, the pager stays in sight
    if (r.queue->items.empty())
      ImGui::TextDisabled("没有符合条件的申请。可以换一个状态、清除搜索或取消“待我处理”。");
    else
      queueTable(app);
  }
  drawActionDialog(app);
  recordNavId(app.ctx.widgets);
  endScreen();
}

}  // namespace sxpool::web
