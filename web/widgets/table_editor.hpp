#pragma once
// Editors of the application's tables (服务产品, 服务人员, 服务企业, 典型案例, 专家, 合作机构): add / remove /
// move up / move down per row, no row cap, the row count shown. Row operations go through DraftEditor::edit with
// the table's path; buffered texts of moved rows move with them.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "widgets/fields.hpp"

namespace sxpool::web {

struct TableColumn {
  const char* label;
  float weight = 1;            // share of the stretchable width
  const char* fits = nullptr;  // a column as wide as this text, fixed (a date: "2025-03-15"); else it stretches
};

// A checkbox cell with its one-character label ("有"): the box, the gap and the character never cut.
inline constexpr const char* kCheckboxCell = "有有有";

struct TableSpec {
  std::string path;                  // "staff"
  std::vector<TableColumn> columns;  // the data columns (序号 and 操作 are added)
  const char* firstKey = nullptr;    // focused in a new row ("name")
  const char* addLabel = "添加一行";
  const char* emptyText = "尚无数据，请点击“添加一行”。";
};

enum class RowOp { None, Add, Remove, Up, Down };

struct RowAction {
  RowOp op = RowOp::None;
  std::size_t row = 0;
};

// The table: 序号, the data columns (`drawCells(i)` calls ImGui::TableNextColumn() before each cell), 操作.
RowAction drawTableRows(Form& form, const TableSpec& spec, std::size_t rows,
                        const std::function<void(std::size_t)>& drawCells);
// 上移 / 下移 / 删除 for row i of n (widget map rects "row_up:<table>[i]", "row_down:…", "row_remove:…").
RowOp rowButtons(Form& form, const std::string& table, std::size_t i, std::size_t n);
// “添加一行” and “共 N 行” (rect "row_add:<table>", value "rows:<table>").
bool addRowButton(Form& form, const std::string& table, const char* label, std::size_t n);
// Row i's field path: "staff[3].name".
std::string cellPath(const std::string& table, std::size_t i, const char* key);
// Buffered texts follow their rows: `newIndex(old)` is the row's new index, or -1 when it was removed.
void remapRowBuffers(DraftEditor& editor, const std::string& table, const std::function<long(std::size_t)>& newIndex);

template <typename Get, typename Row>
void applyRowAction(Form& form, const TableSpec& spec, Get get, const RowAction& action, const Row& fresh) {
  DraftEditor& editor = form.editor;
  const std::size_t n = get(editor.app()).size();
  const std::size_t i = action.row;
  switch (action.op) {
    case RowOp::None: return;
    case RowOp::Add:
      editor.edit(spec.path, [&](Application& a) { get(a).push_back(fresh); });
      if (spec.firstKey) editor.jumpTo = cellPath(spec.path, n, spec.firstKey);
      return;
    case RowOp::Remove:
      if (i >= n) return;
      editor.edit(spec.path, [&](Application& a) { get(a).erase(get(a).begin() + static_cast<long>(i)); });
      remapRowBuffers(editor, spec.path,
                      [i](std::size_t k) { return k == i ? -1L : static_cast<long>(k > i ? k - 1 : k); });
      return;
    case RowOp::Up:
    case RowOp::Down: {
      const std::size_t j = action.op == RowOp::Up ? i - 1 : i + 1;
      if (i >= n || j >= n) return;
      editor.edit(spec.path, [&](Application& a) { std::swap(get(a)[i], get(a)[j]); });
      remapRowBuffers(editor, spec.path, [i, j](std::size_t k) {
        return static_cast<long>(k == i ? j : k == j ? i : k);
      });
      return;
    }
  }
}

// A whole table editor: heading-less table + add button.
template <typename Get, typename Row>
void tableEditor(Form& form, const TableSpec& spec, Get get, const Row& fresh,
                 const std::function<void(std::size_t)>& drawCells) {
  const RowAction action = drawTableRows(form, spec, get(form.editor.app()).size(), drawCells);
  applyRowAction(form, spec, get, action, fresh);
}

}  // namespace sxpool::web
