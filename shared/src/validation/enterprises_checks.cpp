// 服务企业情况登记表 rows; the "≥ 10 last year" threshold is rule 6-6.
#include <map>

#include "checker.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {

void checkEnterprises(Checker& c, Row row) {
  const auto& rows = c.app.enterprises;
  if (!row) c.count("enterpriseCount", c.app.enterpriseCount, "家");
  std::map<std::pair<std::string_view, int>, std::size_t> firstRow;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ServedEnterprise& e = rows[i];
    const auto key = std::make_pair(trimmed(e.name), e.year.value_or(0));
    const auto [it, fresh] = firstRow.emplace(key, i);
    if (!inRow(row, i)) continue;
    c.text(FieldPath("enterprises", i, "name"), e.name, c.round.maxShortTextChars,
           "请填写服务企业的全称，或删除这一空行");
    const FieldPath yearPath("enterprises", i, "year");
    if (!e.year)
      c.missing(yearPath, "请填写为该企业提供服务的年度（如" + std::to_string(c.round.previousYear()) + "）");
    else if (*e.year < c.round.twoYearsAgo() || *e.year > c.round.previousYear())
      c.error(yearPath.str(), "consistency.enterprise-year",
              fieldLabel(yearPath.str()) + std::to_string(*e.year) + "不在近两年（" +
                  std::to_string(c.round.twoYearsAgo()) + "–" + std::to_string(c.round.previousYear()) +
                  "年）内，请只登记近两年服务的企业");
    if (e.nature == EnterpriseServiceNature::Unset)
      c.missing(FieldPath("enterprises", i, "nature"), "请选择“公益性服务”或“有偿服务”");
    if (e.satisfaction == Satisfaction::Unset)
      c.missing(FieldPath("enterprises", i, "satisfaction"), "请选择企业对服务的满意度");
    if (!fresh && !isBlank(e.name))
      c.warning(rowPath("enterprises", i, "name"), "consistency.enterprise-duplicate",
                fieldLabel(rowPath("enterprises", i, "name")) + "“" + std::string(key.first) + "”与第" +
                    std::to_string(it->second + 1) + "行同一年度重复，同一企业同一年度只需登记一次，请删除重复行");
  }
}

}  // namespace sxpool::detail
