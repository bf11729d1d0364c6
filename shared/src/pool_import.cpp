// 指南第十条: the CSV of institutions admitted in 2025, checked line by line.
#include "sxpool/pool_import.hpp"

#include <set>

#include "sxpool/divisions.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool {
namespace {

// One line's fields; double quotes may enclose a field containing commas ("" is a quote).
std::vector<std::string> fieldsOf(std::string_view line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  for (auto& f : out) f = std::string(trimmed(f));
  return out;
}

template <class E>
std::optional<E> codeOrLabel(const std::string& s) {
  if (auto v = fromCode<E>(s)) return v;
  if (auto v = fromLabel<E>(s)) return v;
  // 公益性 / 社会化 / 数字赋能: the label's beginning (two characters at least).
  if (s.size() >= 6)
    for (const auto& e : EnumTable<E>::entries)
      if (std::string_view(e.label).substr(0, s.size()) == s) return e.value;
  return std::nullopt;
}

template <class E>
std::string labelsOf() {
  std::string out;
  for (const auto& e : EnumTable<E>::entries) out += (out.empty() ? "" : "、") + std::string(e.label);
  return out;
}

}  // namespace

ImportParse parseAdmittedImport(std::string_view csv, int admissionYear) {
  ImportParse out;
  if (csv.size() >= 3 && csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= csv.size();) {
    const auto end = csv.find('\n', start);
    lines.push_back(csv.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  while (!lines.empty() && trimmed(lines.back()).empty()) lines.pop_back();
  const auto problem = [&](int line, std::string message) { out.problems.push_back({line, std::move(message)}); };
  if (lines.empty()) {
    problem(1, "文件是空的：第1行应为表头 " + std::string(kImportHeader));
    return out;
  }
  const auto header = fieldsOf(lines[0]);
  if (header != fieldsOf(kImportHeader)) {
    problem(1, "表头不正确：应为 " + std::string(kImportHeader));
    return out;
  }
  if (lines.size() == 1) problem(2, "没有机构数据：请从第2行起每行填写一家机构");
  const auto& divisions = Divisions::instance();
  std::set<std::string> seen;
  for (size_t i = 1; i < lines.size(); ++i) {
    const int n = static_cast<int>(i) + 1;
    const auto f = fieldsOf(lines[i]);
    if (f.size() == 1 && f[0].empty()) continue;
    if (f.size() != header.size()) {
      problem(n, "应有" + std::to_string(header.size()) + "列，实际为" + std::to_string(f.size()) +
                     "列：请按表头逐列填写（含逗号的内容请用英文双引号括起）");
      continue;
    }
    ImportedInstitution row;
    row.line = n;
    row.uscc = f[0];
    row.name = f[1];
    row.cityCode = f[2];
    row.countyCode = f[3];
    row.contactName = f[7];
    row.contactPhone = f[8];
    const auto before = out.problems.size();
    if (auto p = usccRegistrationProblem(row.uscc); !p.empty())
      problem(n, "统一社会信用代码“" + row.uscc + "”：" + p);
    else if (!seen.insert(row.uscc).second)
      problem(n, "统一社会信用代码“" + row.uscc + "”在文件中重复出现：每家机构只填一行");
    if (row.name.empty()) problem(n, "请填写「机构名称」（与营业执照一致）");
    if (!divisions.findCity(row.cityCode))
      problem(n, "「所属市代码」“" + row.cityCode + "”不是山西省的市，应如 140100（太原市）");
    if (!row.countyCode.empty()) {
      const auto* county = divisions.findCounty(row.countyCode);
      if (!county)
        problem(n, "「所属县代码」“" + row.countyCode + "”不是山西省的县（市、区），应如 140105；市本级请留空");
      else if (county->parentCode != row.cityCode)
        problem(n, "「所属县代码」“" + row.countyCode + "”（" + county->name + "）不属于所属市“" + row.cityCode + "”");
    }
    if (auto d = parseDate(f[4]); !d)
      problem(n, "「入库日期」“" + f[4] + "”格式应为 YYYY-MM-DD，如 " + std::to_string(admissionYear) + "-06-30");
    else if (d->year != admissionYear)
      problem(n, "「入库日期」" + f[4] + "不在" + std::to_string(admissionYear) + "年：只导入" +
                     std::to_string(admissionYear) + "年入库的机构");
    else
      row.admittedOn = *d;
    if (auto c = codeOrLabel<ServiceCharacter>(f[5]))
      row.character = *c;
    else
      problem(n, "「服务性质」“" + f[5] + "”无效，应为：" + labelsOf<ServiceCharacter>());
    if (auto c = codeOrLabel<ServiceClass>(f[6]))
      row.serviceClass = *c;
    else
      problem(n, "「服务类别」“" + f[6] + "”无效，应为：" + labelsOf<ServiceClass>());
    if (out.problems.size() == before) out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace sxpool
