// 近两年经营情况: the columns are Y−2 and Y−1 of the round (requirements.md [interpretation]).
#include "checker.hpp"

namespace sxpool::detail {

void checkOperations(Checker& c) {
  for (std::size_t i = 0; i < c.app.operations.size(); ++i) {
    const YearOperations& op = c.app.operations[i];
    const int expectedYear = i == 0 ? c.round.twoYearsAgo() : c.round.previousYear();
    const std::string yearPath = rowPath("operations", i, "year");
    if (!op.year)
      c.missing(yearPath, "请填写" + std::to_string(expectedYear) + "（年度）");
    else if (*op.year != expectedYear)
      c.error(yearPath, "consistency.operations-year",
              fieldLabel(yearPath) + "应为" + std::to_string(expectedYear) + "年（本轮" + std::to_string(c.round.year) +
                  "年度申报的近两年为" + std::to_string(c.round.twoYearsAgo()) + "年和" +
                  std::to_string(c.round.previousYear()) + "年），请改为" + std::to_string(expectedYear));
    const bool revenueOk = c.amount(FieldPath("operations", i, "revenue"), op.revenue, "万元");
    const bool profitOk = c.amount(FieldPath("operations", i, "profit"), op.profit, "万元", true);
    c.count(FieldPath("operations", i, "enterprisesServed"), op.enterprisesServed, "家");
    c.count(FieldPath("operations", i, "activityCount"), op.activityCount, "场");
    if (revenueOk && profitOk && *op.profit > *op.revenue)
      c.error(rowPath("operations", i, "profit"), "consistency.profit-le-revenue",
              fieldLabel(rowPath("operations", i, "profit")) + formatMoney(*op.profit) + "万元大于服务收入" +
                  formatMoney(*op.revenue) + "万元，利润不能超过收入，请核对两项数字");
  }
}

}  // namespace sxpool::detail
