#include "widgets/table_editor.hpp"

#include <map>

#include "imgui.h"
#include "widgets/wrapped_text.hpp"

namespace sxpool::web {

std::string cellPath(const std::string& table, std::size_t i, const char* key) {
  return table + "[" + std::to_string(i) + "]." + key;
}

namespace {

constexpr float kRowButtonGap = 4;
const char* const kRowButtonLabels[] = {"上移", "下移", "删除"};

// The 操作 column's width: exactly the three small buttons of rowButtons and the gaps between them (the style's
// frame padding is in each button).
float rowButtonsWidth() {
  float w = 0;
  for (const char* label : kRowButtonLabels) w += ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
  return w + 2 * kRowButtonGap;
}

}  // namespace

RowOp rowButtons(Form& form, const std::string& table, std::size_t i, std::size_t n) {
  const std::string row = table + "[" + std::to_string(i) + "]";
  RowOp op = RowOp::None;
  ImGui::PushID(row.c_str());
  ImGui::BeginDisabled(i == 0);
  if (ImGui::SmallButton(kRowButtonLabels[0])) op = RowOp::Up;
  ImGui::EndDisabled();
  recordLastItem(form.widgets, ("row_up:" + row).c_str());
  ImGui::SameLine(0, kRowButtonGap);
  ImGui::BeginDisabled(i + 1 >= n);
  if (ImGui::SmallButton(kRowButtonLabels[1])) op = RowOp::Down;
  ImGui::EndDisabled();
  recordLastItem(form.widgets, ("row_down:" + row).c_str());
  ImGui::SameLine(0, kRowButtonGap);
  if (ImGui::SmallButton(kRowButtonLabels[2])) op = RowOp::Remove;
  recordLastItem(form.widgets, ("row_remove:" + row).c_str());
  ImGui::PopID();
  return op;
}

bool addRowButton(Form& form, const std::string& table, const char* label, std::size_t n) {
  ImGui::PushID(table.c_str());
  const bool clicked = ImGui::Button(label);
  recordLastItem(form.widgets, ("row_add:" + table).c_str());
  ImGui::PopID();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("共 %zu 行", n);
  form.widgets.setValue("rows:" + table, std::to_string(n));
  return clicked;
}

RowAction drawTableRows(Form& form, const TableSpec& spec, std::size_t rows,
                        const std::function<void(std::size_t)>& drawCells) {
  RowAction action;
  if (rows == 0) {
    ImGui::TextDisabled("%s", spec.emptyText);
  } else {
    const int columns = static_cast<int>(spec.columns.size()) + 2;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable(("table:" + spec.path).c_str(), columns, flags)) {
      ImGui::TableSetupColumn("序号", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000").x);
      for (const TableColumn& c : spec.columns) {
        if (c.fits)  // the whole value visible: its width plus the frame's padding
          ImGui::TableSetupColumn(c.label, ImGuiTableColumnFlags_WidthFixed,
                                  ImGui::CalcTextSize(c.fits).x + ImGui::GetStyle().FramePadding.x * 2 + 2);
        else
          ImGui::TableSetupColumn(c.label, ImGuiTableColumnFlags_WidthStretch, c.weight);
      }
      ImGui::TableSetupColumn("操作", ImGuiTableColumnFlags_WidthFixed, rowButtonsWidth());
      // Headers wrap inside their column (a one-line header row cuts "签有合作协议" to "签有…").
      ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
      for (int c = 0; c < columns; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
        wrappedText(ImGui::TableGetColumnName(c));
      }
      for (std::size_t i = 0; i < rows; ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%zu", i + 1);
        drawCells(i);
        ImGui::TableNextColumn();
        const RowOp op = rowButtons(form, spec.path, i, rows);
        if (op != RowOp::None) action = {op, i};
        ImGui::PopID();
      }
      ImGui::EndTable();
      recordLastRect(form.widgets, ("table:" + spec.path).c_str());
    }
  }
  if (addRowButton(form, spec.path, spec.addLabel, rows)) action = {RowOp::Add, rows};
  return action;
}

void remapRowBuffers(DraftEditor& editor, const std::string& table, const std::function<long(std::size_t)>& newIndex) {
  auto& buffers = editor.buffers();
  const std::string prefix = table + "[";
  std::map<std::string, std::string> moved;
  for (auto it = buffers.lower_bound(prefix);
       it != buffers.end() && it->first.compare(0, prefix.size(), prefix) == 0;) {
    const std::string& key = it->first;
    const auto close = key.find(']', prefix.size());
    const long to =
        close == std::string::npos ? -1 : newIndex(std::stoul(key.substr(prefix.size(), close - prefix.size())));
    if (to >= 0) moved[prefix + std::to_string(to) + key.substr(close)] = it->second;
    it = buffers.erase(it);
  }
  buffers.insert(moved.begin(), moved.end());
}

}  // namespace sxpool::web
