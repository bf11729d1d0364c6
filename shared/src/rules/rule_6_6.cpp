// 6-6 申请入库机构近一年来点对点服务企业不少于 10 家 (指南第六条(六)): rows of Y−1, each enterprise once.
#include <set>

#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"
#include "sxpool/text.hpp"

namespace sxpool::rules {

void checkRule66(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  std::set<std::string_view> names;
  for (const auto& e : app.enterprises)
    if (e.year == round.previousYear() && !isBlank(e.name)) names.insert(trimmed(e.name));
  const int n = static_cast<int>(names.size());
  if (n < round.minServedEnterprises)
    c.error("enterprises", "6-6.served-enterprises",
            "服务企业情况登记表中" + std::to_string(round.previousYear()) + "年点对点服务的企业只有" +
                std::to_string(n) + "家，指南第六条（六）要求近一年不少于" +
                std::to_string(round.minServedEnterprises) + "家，请补充" +
                std::to_string(round.minServedEnterprises - n) + "家" + std::to_string(round.previousYear()) +
                "年服务的企业");
}

}  // namespace sxpool::rules
