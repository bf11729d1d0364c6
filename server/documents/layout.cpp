#include "documents/layout.hpp"

#include <algorithm>

namespace sxpool::documents {

int columnsOf(const Table& table) { return static_cast<int>(table.widths.size()); }

std::vector<std::vector<GridCell>> gridOf(const Table& table) {
  const int columns = columnsOf(table);
  std::vector<int> coveredRows(static_cast<size_t>(columns), 0);  // rows still covered from above, per column
  std::vector<const Cell*> coveredBy(static_cast<size_t>(columns), nullptr);
  std::vector<std::vector<GridCell>> grid;
  for (const auto& row : table.rows) {
    std::vector<GridCell> out;
    size_t next = 0;
    int column = 0;
    while (column < columns) {
      const auto c = static_cast<size_t>(column);
      if (coveredRows[c] > 0) {
        const Cell* span = coveredBy[c];
        out.push_back({column, span, true});
        for (int k = 0; k < span->colSpan && column + k < columns; ++k) --coveredRows[c + static_cast<size_t>(k)];
        column += std::max(1, span->colSpan);
        continue;
      }
      if (next >= row.cells.size()) break;
      const Cell& cell = row.cells[next++];
      out.push_back({column, &cell, false});
      for (int k = 0; k < cell.colSpan && column + k < columns; ++k) {
        coveredRows[c + static_cast<size_t>(k)] = cell.rowSpan - 1;
        coveredBy[c + static_cast<size_t>(k)] = &cell;
      }
      column += std::max(1, cell.colSpan);
    }
    grid.push_back(std::move(out));
  }
  return grid;
}

}  // namespace sxpool::documents
