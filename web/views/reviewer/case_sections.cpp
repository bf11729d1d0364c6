// The case view's sections: the document (the wizard, read-only, with the field picker for a return), the
// server's validation and the eligibility checklist, materials, history, earlier versions and what changed.
#include <algorithm>
#include <ctime>

#include "app/app.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // GetFocusID
#include "misc/cpp/imgui_stdlib.h"
#include "sxpool/date.hpp"
#include "sxpool/text.hpp"
#include "sxpool/validation.hpp"
#include "views/documents_panel.hpp"
#include "views/reviewer/reviewer_views.hpp"
#include "views/wizard/wizard.hpp"
#include "widgets/fields.hpp"
#include "widgets/screen.hpp"

namespace sxpool::web {
namespace {

std::string pathLabel(const std::string& path) { return path.empty() ? "申请整体" : fieldLabel(path); }

std::string stateLabel(const std::optional<std::string>& code) {
  if (!code || code->empty()) return "—";
  const auto s = fromCode<WorkflowState>(*code);
  return s ? std::string(labelOf(*s)) : *code;
}

std::string eventLabel(const std::string& event) {
  if (const auto a = fromCode<Action>(event)) return std::string(labelOf(*a));
  if (event == "document_exported") return "导出文件";
  if (event == "attachment_uploaded") return "上传材料";
  if (event == "attachment_removed") return "删除材料";
  return event;
}

std::string sizeText(std::int64_t bytes) {
  char buf[32];
  if (bytes >= 1024 * 1024)
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  else
    std::snprintf(buf, sizeof buf, "%.0f KB", std::max(1.0, static_cast<double>(bytes) / 1024.0));
  return buf;
}

std::string typeText(const std::string& contentType) {
  if (contentType == "application/pdf") return "PDF";
  if (contentType == "image/jpeg") return "JPEG 图片";
  if (contentType == "image/png") return "PNG 图片";
  return contentType;
}

// The field under the pointer (the smallest "field:" rectangle of this frame holding it).
std::string fieldUnderMouse(const WidgetMap& widgets) {
  const ImVec2 m = ImGui::GetIO().MousePos;
  std::string best;
  float bestArea = 0;
  for (const auto& [name, r] : widgets.rects()) {
    if (name.rfind("field:", 0) != 0 || m.x < r.x || m.y < r.y || m.x > r.x + r.w || m.y > r.y + r.h) continue;
    const float area = r.w * r.h;
    if (best.empty() || area < bestArea) {
      best = name.substr(6);
      bestArea = area;
    }
  }
  return best;
}

}  // namespace

std::string dateTimeText(std::int64_t t) {
  if (t <= 0) return {};
  const std::int64_t local = t + 8 * 3600;  // Beijing time
  const Date d = dateInShanghai(t);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %02d:%02d", formatDate(d).c_str(), static_cast<int>((local / 3600) % 24),
                static_cast<int>((local / 60) % 60));
  return buf;
}

bool probedButton(App& app, const char* name, const char* label, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(label);
  ImGui::EndDisabled();
  // A button that became disabled under the keyboard focus (批量审核通过 once the selection is done) would hold it:
  // Tab does not leave a disabled item. The focus moves on to the next item that takes it.
  if (!enabled && ImGui::GetFocusID() == ImGui::GetItemID()) ImGui::SetKeyboardFocusHere(0);
  recordLastItem(app.ctx.widgets, name);
  return pressed && enabled;
}

void drawReturnCommentEditor(App& app) {
  auto& c = app.reviewer.open;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("退回修改意见：");
  ImGui::SameLine();
  if (probedButton(app, "pick_field", c.picking ? "请在下方申请内容中点击要批注的字段…" : "选择字段"))
    c.picking = !c.picking;
  ImGui::SameLine();
  ImGui::Text("字段：%s", pathLabel(c.pickedPath).c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 120));
  const bool enter = ImGui::InputTextWithHint("##comment", "写下要申请机构修改的内容", &c.commentText,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  recordLastItem(app.ctx.widgets, "comment_text");
  ImGui::SameLine();
  if (probedButton(app, "comment_add", "添加意见", !isBlank(c.commentText)) || enter) app.review.addComment();
  for (std::size_t i = 0; i < c.comments.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string name = "comment_remove:" + std::to_string(i);
    if (probedButton(app, name.c_str(), "删除")) {
      app.review.removeComment(i);
      ImGui::PopID();
      break;
    }
    ImGui::SameLine();
    ImGui::TextWrapped("%zu. %s：%s", i + 1, pathLabel(c.comments[i].path).c_str(), c.comments[i].comment.c_str());
    ImGui::PopID();
  }
  std::string all;
  for (const auto& f : c.comments) all += (all.empty() ? "" : "|") + f.path + "=" + f.comment;
  app.ctx.widgets.setValue("comments", all);
  app.ctx.widgets.setValue("picked_field", c.pickedPath);
}

void drawCaseDocument(App& app) {
  auto& c = app.reviewer.open;
  WizardEnv env{app.ctx.materials,
                app.ctx.widgets,
                [] {},
                SyncStatus::Synced,
                "受理编号 " + c.detail->receiptNo.value_or("—"),
                true};
  drawWizard(app.reviewer.editor, env);
  if (!c.picking) return;
  const std::string hovered = fieldUnderMouse(app.ctx.widgets);
  if (!hovered.empty()) {
    const auto& r = app.ctx.widgets.rects().at("field:" + hovered);
    ImGui::GetForegroundDrawList()->AddRect(ImVec2(r.x - 2, r.y - 2), ImVec2(r.x + r.w + 2, r.y + r.h + 2),
                                            IM_COL32(230, 120, 0, 255), 3, 0, 2);
    ImGui::SetTooltip("批注：%s", pathLabel(hovered).c_str());
  }
  if (ImGui::IsMouseClicked(0) && !hovered.empty()) {
    c.pickedPath = hovered;
    c.picking = false;
  }
}

void drawCaseChecks(App& app) {
  const auto& c = app.reviewer.open;
  if (!c.validation) {
    ImGui::TextDisabled("正在由服务器校验…");
    return;
  }
  const Findings& all = c.validation->findings;
  const auto errors =
      std::count_if(all.begin(), all.end(), [](const Finding& f) { return f.severity == Severity::Error; });
  app.ctx.widgets.setValue("validation_errors", std::to_string(errors));
  ImGui::SeparatorText("入库基本条件（指南第六条），按服务器今天的校验");
  static const char* const kRules[][2] = {
      {"6-0", "依法成立且注册地在山西省"},     {"6-1", "拥护党的领导，诚信守法"},
      {"6-2", "独立法人，成立并运营两年以上"}, {"6-3", "有明确的专业服务方向"},
      {"6-4", "服务人员与专家队伍"},           {"6-5", "服务场所与设施"},
      {"6-6", "服务业绩（服务企业与收入）"},   {"6-7", "信用记录良好、不在禁入期"},
  };
  for (const auto& rule : kRules) {
    const std::string id = rule[0];
    Findings mine;
    for (const Finding& f : all)
      if (f.ruleId.rfind(id, 0) == 0) mine.push_back(f);
    const bool fail =
        std::any_of(mine.begin(), mine.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    const std::string verdict = fail ? "不符合" : (mine.empty() ? "符合" : "需人工核实");
    ImGui::TextColored(fail ? ImVec4(0.75f, 0.15f, 0.1f, 1) : ImVec4(0.1f, 0.5f, 0.2f, 1), "%s %s：%s", id.c_str(),
                       rule[1], verdict.c_str());
    app.ctx.widgets.setValue("eligibility_server:" + id, verdict);
    ImGui::Indent();
    drawFindings(mine);
    ImGui::Unindent();
  }
  ImGui::SeparatorText(errors ? "其他问题" : "其他问题（无错误）");
  Findings rest;
  for (const Finding& f : all)
    if (f.ruleId.rfind("6-", 0) != 0) rest.push_back(f);
  if (rest.empty()) ImGui::TextDisabled("没有其他问题。");
  for (const Finding& f : rest) {
    ImGui::TextDisabled("%s", pathLabel(f.path).c_str());
    ImGui::SameLine();
    drawFinding(f);
  }
}

void drawCaseMaterials(App& app) {
  const auto& d = *app.reviewer.open.detail;
  drawApplicationDownloads(app, static_cast<long>(d.id), std::nullopt);  // 申请书 Word / PDF, materials zip
  int shown = 0;
  if (ImGui::BeginTable("materials", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
    ImGui::TableSetupColumn("材料");
    ImGui::TableSetupColumn("文件名");
    ImGui::TableSetupColumn("类型");
    ImGui::TableSetupColumn("大小");
    ImGui::TableSetupColumn("上传时间");
    ImGui::TableSetupColumn("");
    ImGui::TableHeadersRow();
    for (const auto& m : d.materials) {
      if (m.removed) continue;
      ++shown;
      ImGui::PushID(static_cast<int>(m.id));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted((m.kind + ". " + m.kindLabel).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m.fileName.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(typeText(m.contentType).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(sizeText(m.sizeBytes).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(dateTimeText(m.uploadedAt).c_str());
      ImGui::TableNextColumn();
      const std::string name = "material_open:" + m.kind;
      if (probedButton(app, name.c_str(), "在新标签页打开"))
        app.ctx.materials.preview(static_cast<MaterialKind>(std::atoi(m.kind.c_str())));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (shown == 0) ImGui::TextDisabled("没有上传材料。");
  app.ctx.widgets.setValue("materials_count", std::to_string(shown));
}

void drawCaseHistory(App& app) {
  const auto& c = app.reviewer.open;
  if (!c.history) {
    ImGui::TextDisabled("正在读取审核记录…");
    return;
  }
  int i = 0;
  if (ImGui::BeginTable("history", 6,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("时间", 0, 1.2f);
    ImGui::TableSetupColumn("办理人", 0, 1.0f);
    ImGui::TableSetupColumn("单位", 0, 1.6f);
    ImGui::TableSetupColumn("操作", 0, 1.0f);
    ImGui::TableSetupColumn("状态变化", 0, 2.0f);
    ImGui::TableSetupColumn("意见", 0, 3.0f);
    ImGui::TableHeadersRow();
    for (const auto& h : c.history->items) {
      // The review's own steps; uploads and exports are in the audit log.
      if (h.event == "document_exported" || h.event.rfind("attachment_", 0) == 0) continue;
      std::string comment = h.comment;
      if (h.comments)
        for (const auto& fc : *h.comments)
          comment += (comment.empty() ? "" : "；") + pathLabel(fc.path) + "：" + fc.comment;
      const std::string change = stateLabel(h.from) + " → " + stateLabel(h.to);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(dateTimeText(h.at).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(h.account.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.unitName.empty() ? h.unitCode.c_str() : h.unitName.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(eventLabel(h.event).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.from || h.to ? change.c_str() : "");
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", comment.c_str());
      app.ctx.widgets.setValue("history:" + std::to_string(i++),
                               h.account + "|" + h.event + "|" + change + "|" + comment);
    }
    ImGui::EndTable();
  }
  app.ctx.widgets.setValue("history_count", std::to_string(i));
}

void drawCaseVersions(App& app) {
  auto& c = app.reviewer.open;
  const auto& d = *c.detail;
  app.ctx.widgets.setValue("version_count", std::to_string(d.versions.size()));
  for (const auto& v : d.versions) {
    ImGui::PushID(v.version);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("第 %d 版　受理编号 %s　提交于 %s", v.version, v.receiptNo.c_str(),
                dateTimeText(v.submittedAt).c_str());
    ImGui::SameLine();
    drawApplicationDownloads(app, static_cast<long>(d.id), v.version, true);
    if (v.version < d.currentVersion) {
      ImGui::SameLine();
      const std::string name = "compare:" + std::to_string(v.version);
      const std::string label = "与第 " + std::to_string(d.currentVersion) + " 版比较";
      if (probedButton(app, name.c_str(), label.c_str())) app.review.compareWith(v.version);
    }
    ImGui::PopID();
  }
  if (d.versions.size() < 2) ImGui::TextDisabled("只有一个提交版本：退回修改后重新提交会产生新版本。");
  if (c.compareVersion == 0) return;
  ImGui::SeparatorText(
      ("第 " + std::to_string(c.compareVersion) + " 版 → 第 " + std::to_string(d.currentVersion) + " 版的修改")
          .c_str());
  drawMessage(Tone::Error, c.versionError);
  if (c.loadingVersion) {
    ImGui::TextDisabled("正在读取第 %d 版…", c.compareVersion);
    return;
  }
  app.ctx.widgets.setValue("changes_count", std::to_string(c.changes.size()));
  if (c.changes.empty()) ImGui::TextDisabled("两个版本的内容相同。");
  if (!c.changes.empty() &&
      ImGui::BeginTable("changes", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("字段", 0, 1.2f);
    ImGui::TableSetupColumn("修改前", 0, 2.0f);
    ImGui::TableSetupColumn("修改后", 0, 2.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < c.changes.size(); ++i) {
      const auto& ch = c.changes[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", ch.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", ch.mine.empty() ? "（未填写）" : ch.mine.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", ch.theirs.empty() ? "（未填写）" : ch.theirs.c_str());
      app.ctx.widgets.setValue("change:" + std::to_string(i), ch.path + "|" + ch.mine + "|" + ch.theirs);
    }
    ImGui::EndTable();
  }
}

}  // namespace sxpool::web
