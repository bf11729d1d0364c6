// 上年度合作专家名单 rows; the thresholds are rule 6-4.
#include <map>

#include "checker.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {

void checkExperts(Checker& c, Row row) {
  const auto& rows = c.app.experts;
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> firstRow;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Expert& e = rows[i];
    const auto key = std::make_pair(trimmed(e.name), trimmed(e.employer));
    const auto [it, fresh] = firstRow.emplace(key, i);
    if (!inRow(row, i)) continue;
    c.text(FieldPath("experts", i, "name"), e.name, c.round.maxShortTextChars, "请填写专家姓名，或删除这一空行");
    if (e.title == TitleLevel::Unset)
      c.missing(FieldPath("experts", i, "title"),
                "请选择专家的职称级别（正高级、副高级、中级等；无职称但达到副高级水平的选“副高级以上同等水平”）");
    c.optionalText(FieldPath("experts", i, "titleName"), e.titleName, c.round.maxShortTextChars);
    c.text(FieldPath("experts", i, "field"), e.field, c.round.maxShortTextChars, "请填写专家的专业领域");
    c.optionalText(FieldPath("experts", i, "employer"), e.employer, c.round.maxShortTextChars);
    if (!fresh && !isBlank(e.name))
      c.warning(rowPath("experts", i, "name"), "consistency.expert-duplicate",
                fieldLabel(rowPath("experts", i, "name")) + "与第" + std::to_string(it->second + 1) +
                    "行为同一专家（姓名和工作单位相同），同一专家只计一次，请删除重复行");
  }
}

}  // namespace sxpool::detail
