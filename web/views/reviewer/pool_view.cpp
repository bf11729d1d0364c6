// 资源库管理 (指南第九、十、十二条): the admitted institutions of the caller's jurisdiction with their classification;
// the one opened shows its classification (the province changes it with a reason, kept in the audit log) and its annual
// evaluations (the province records the result, any site check and the decision with its meeting reference; a removal
// asks for confirmation first); the province or the admin imports the institutions admitted in 2025. Widget map: rects
// "pool:back", "pool:reload", "pool:search", "pool_open:<id>", "pool_class:character", "pool_class:class" (options
// "<name>:<code>"), "pool_class:reason", "pool_class:save", "eval:year", "eval:result", "eval:site", "eval:decision",
// "eval:meeting", "eval:comment", "eval:removal", "eval:submit", "evalconfirm:ok", "evalconfirm:cancel", "import:csv",
// "import:submit"; values "screen" = "pool", "pool_count", "pool_ids" (the rows shown, comma separated),
// "pool_row:<id>" (服务性质 · 服务类别 text), "pool_selected", "pool_message", "pool_loading", "pool_class_message",
// "evaluations" (count), "evaluation:<year>" (result|decision), "eval_message", "dialog"
// ("confirm_evaluation" while the removal waits), "import_message", "import_problems" (count).
#include <algorithm>
#include <string>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "sxpool/divisions.hpp"
#include "sxpool/management.hpp"
#include "sxpool/pool_import.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "views/views.hpp"
#include "widgets/enum_combo.hpp"
#include "widgets/screen.hpp"
#include "widgets/text.hpp"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {
namespace {

std::string classificationLabel(const api::ClassificationView& v) {
  if (!v.classification) return "未分类（建议：" + std::string(labelOf(v.suggested.serviceClass)) + "）";
  return std::string(labelOf(v.classification->character)) + " · " +
         std::string(labelOf(v.classification->serviceClass));
}

void textInput(App& app, const char* name, const char* label, std::string& value, const char* hint,
               bool multiline = false) {
  ImGui::TextUnformatted(label);
  const std::string id = std::string("##") + name;
  if (multiline)
    ImGui::InputTextMultiline(id.c_str(), &value, ImVec2(520, 70));
  else {
    ImGui::SetNextItemWidth(520);
    ImGui::InputTextWithHint(id.c_str(), hint, &value);
  }
  recordLastItem(app.ctx.widgets, name);
}

void drawList(App& app) {
  auto& w = app.ctx.widgets;
  const auto rows = poolRows(app);
  std::string ids;
  ImGui::Text("共 %zu 家入库机构%s", app.pool.list.items.size(),
              app.pool.search.empty() ? "" : ("，符合查找条件 " + std::to_string(rows.size()) + " 家").c_str());
  w.setValue("pool_count", std::to_string(app.pool.list.items.size()));
  const float height = std::min(320.0f, ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(rows.size()) + 2));
  const auto flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("pool_rows", 6, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* h : {"机构名称", "统一社会信用代码", "所在市", "入库日期", "分类", ""}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const auto* v : rows) {
    const std::string id = std::to_string(v->id);
    ids += (ids.empty() ? "" : ",") + id;
    ImGui::PushID(static_cast<int>(v->id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v->name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v->uscc.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Divisions::instance().nameOf(v->cityCode).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(
        v->admittedOn ? (formatDate(*v->admittedOn) + (v->source == "import" ? "（导入）" : "")).c_str() : "");
    ImGui::TableNextColumn();
    const std::string label = classificationLabel(*v);
    ImGui::TextUnformatted(label.c_str());
    w.setValue("pool_row:" + id, label);
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(v->id == app.pool.selected ? "已打开" : "打开")) selectInstitution(app, v->id);
    recordLastItem(w, ("pool_open:" + id).c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
  w.setValue("pool_ids", ids);
}

void drawClassification(App& app, const api::ClassificationView& v) {
  auto& s = app.pool;
  auto& w = app.ctx.widgets;
  drawHeading("服务性质与服务类别（指南第九条）");
  wrappedText("当前：" + classificationLabel(v) + "；按服务方向建议：" + std::string(labelOf(v.suggested.character)) +
              " · " + std::string(labelOf(v.suggested.serviceClass)));
  if (!mayDecidePool(app)) {
    hintText("分类由省工信厅确定和修改。");
    return;
  }
  enumCombo<ServiceCharacter>(w, "pool_class:character", "服务性质：", s.character);
  enumCombo<ServiceClass>(w, "pool_class:class", "服务类别：", s.serviceClass);
  textInput(app, "pool_class:reason", "变更原因（必填，记入审计日志）：", s.classReason, "如：2026年度评价后调整");
  if (ImGui::Button("保存分类")) saveClassification(app);
  recordLastItem(w, "pool_class:save");
  drawMessage(s.classIsError ? Tone::Error : Tone::Ok, s.classMessage);
  w.setValue("pool_class_message", s.classMessage);
}

void drawEvaluations(App& app) {
  auto& s = app.pool;
  auto& w = app.ctx.widgets;
  drawHeading("年度评价（指南第十二条）");
  if (!s.evaluations) {
    ImGui::TextDisabled("正在读取评价记录…");
    return;
  }
  w.setValue("evaluations", std::to_string(s.evaluations->items.size()));
  if (s.evaluations->items.empty()) hintText("尚无评价记录。");
  for (const auto& e : s.evaluations->items) {
    const auto& b = e.body;
    std::string line =
        std::to_string(b.year) + "年度：" + std::string(labelOf(b.result)) + "；" + std::string(labelOf(b.decision));
    if (b.removalReason) line += "（" + std::string(labelOf(*b.removalReason)) + "）";
    line += "；" + b.meetingRef;
    if (!b.siteCheck.empty()) line += "；现场核查：" + b.siteCheck;
    if (!b.comment.empty()) line += "；" + b.comment;
    line += "（" + e.recordedBy + "，" + dateTimeText(e.recordedAt) + "）";
    wrappedText(line);
    w.setValue("evaluation:" + std::to_string(b.year),
               std::string(codeOf(b.result)) + "|" + std::string(codeOf(b.decision)));
  }
  if (s.evaluations->state == "removed") {
    hintText("该机构已移出资源库，不能再录入评价。");
    return;
  }
  if (!mayDecidePool(app)) return;
  auto& f = s.evaluation;
  ImGui::Spacing();
  textInput(app, "eval:year", "评价年度：", f.year, "如 2026");
  enumCombo<api::EvaluationResult>(w, "eval:result", "评价结果：", f.result);
  textInput(app, "eval:site", "现场核查情况（没有核查时留空）：", f.siteCheck, "", true);
  enumCombo<api::EvaluationDecision>(w, "eval:decision", "研究决定：", f.decision);
  const bool removes = valueAt<api::EvaluationDecision>(f.decision) == api::EvaluationDecision::Remove;
  if (removes) enumCombo<RemovalReason>(w, "eval:removal", "移出原因：", f.removalReason);
  textInput(app, "eval:meeting", "研究决定的会议及文号（必填）：", f.meetingRef, "如：2026年第3次厅务会");
  textInput(app, "eval:comment", "说明（可选）：", f.comment, "");
  if (ImGui::Button(removes ? "记录评价并移出资源库…" : "记录评价结果")) submitEvaluation(app);
  recordLastItem(w, "eval:submit");
  drawMessage(s.evaluationIsError ? Tone::Error : Tone::Ok, s.evaluationMessage);
  w.setValue("eval_message", s.evaluationMessage);
}

void drawRemovalConfirmation(App& app) {
  auto& s = app.pool;
  auto& w = app.ctx.widgets;
  const char* title = "请确认##evaluation";
  if (s.confirmRemoval && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!s.confirmRemoval) w.setValue("dialog", "");
    return;
  }
  w.setValue("dialog", "confirm_evaluation");
  const auto* v = selectedInstitution(app);
  ImGui::PushTextWrapPos(520);
  const RemovalReason reason = valueAt<RemovalReason>(s.evaluation.removalReason);
  ImGui::TextWrapped("将“%s”移出服务资源库（%s）？移出后该机构立即从公开名录中消失%s此操作不能撤销。",
                     v ? v->name.c_str() : "", std::string(labelOf(reason)).c_str(),
                     carriesReentryBan(reason) ? "，两年内不得再次申请入库（指南第十二条）。" : "。");
  ImGui::PopTextWrapPos();
  if (ImGui::Button("确定移出", ImVec2(120, 0))) confirmEvaluation(app);
  recordLastItem(w, "evalconfirm:ok");
  ImGui::SameLine();
  if (ImGui::Button("取消", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) s.confirmRemoval = false;
  recordLastItem(w, "evalconfirm:cancel");
  if (!s.confirmRemoval) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawImport(App& app) {
  auto& s = app.pool;
  auto& w = app.ctx.widgets;
  drawHeading("导入2025年入库机构（指南第十条）");
  wrappedText(
      "2025年入库的机构按名单导入，季度报送周期从各自的入库日期算起。把名单整理成 CSV 粘贴到下面：第一行是表头「" +
      std::string(kImportHeader) +
      "」，每行一家；服务性质、服务类别可写代码或名称，县代码为空表示市本级。有任何一行出错时整份名单都不导入。");
  ImGui::InputTextMultiline("##import_csv", &s.importCsv, ImVec2(720, 140));
  recordLastItem(w, "import:csv");
  ImGui::BeginDisabled(s.importing);
  if (ImGui::Button("导入名单")) importPool(app);
  ImGui::EndDisabled();
  recordLastItem(w, "import:submit");
  drawMessage(s.importIsError ? Tone::Error : Tone::Ok, s.importMessage);
  w.setValue("import_message", s.importMessage);
  w.setValue("import_problems", std::to_string(s.importProblems.size()));
  for (const auto& p : s.importProblems) drawMessage(Tone::Error, p);
}

}  // namespace

void drawPoolView(App& app) {
  auto& s = app.pool;
  auto& w = app.ctx.widgets;
  beginScreen("pool");
  if (drawAppBar(app.session.user ? app.session.user->displayName + "（" + app.session.user->roleLabel + "）" : ""))
    app.signOut();
  w.setValue("screen", "pool");
  drawHeading("资源库管理");
  if (ImGui::Button("返回")) leavePool(app);
  recordLastItem(w, "pool:back");
  ImGui::SameLine();
  if (ImGui::Button("刷新")) reloadPool(app);
  recordLastItem(w, "pool:reload");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(320);
  ImGui::InputTextWithHint("##pool_search", "按机构名称或统一社会信用代码查找", &s.search);
  recordLastItem(w, "pool:search");
  if (s.loading) {
    ImGui::SameLine();
    ImGui::TextDisabled("正在读取…");
  }
  drawMessage(s.messageIsError ? Tone::Error : Tone::Ok, s.message);
  w.setValue("pool_message", s.message);
  w.setValue("pool_loading", s.loading ? "1" : "0");
  ImGui::PushTextWrapPos(0);
  drawList(app);
  const auto* selected = selectedInstitution(app);
  w.setValue("pool_selected", selected ? std::to_string(selected->id) : "");
  if (selected) {
    ImGui::Separator();
    wrappedText(selected->name + "（" + selected->uscc + "）");
    drawClassification(app, *selected);
    ImGui::Spacing();
    drawEvaluations(app);
  } else if (!s.list.items.empty()) {
    hintText("点“打开”查看一家机构的分类与年度评价。");
  }
  if (mayImportPool(app)) {
    ImGui::Separator();
    drawImport(app);
  }
  ImGui::PopTextWrapPos();
  drawRemovalConfirmation(app);
  if (!s.confirmRemoval && ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive()) leavePool(app);
  endScreen();
}

}  // namespace sxpool::web
