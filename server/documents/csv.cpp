#include "documents/csv.hpp"

namespace sxpool::documents {

std::string csvCell(const std::string& text) {
  std::string cell = text;
  if (!cell.empty() &&
      (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r'))
    cell.insert(cell.begin(), '\'');
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csvDocument(const CsvRow& header, const std::vector<CsvRow>& rows) {
  std::string out = "\xEF\xBB\xBF";
  auto line = [&out](const CsvRow& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += csvCell(row[i]);
    }
    out += "\r\n";
  };
  line(header);
  for (const auto& row : rows) line(row);
  return out;
}

}  // namespace sxpool::documents
