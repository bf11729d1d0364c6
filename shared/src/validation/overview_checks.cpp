// 单位情况概述: four required text sections.
#include "checker.hpp"

namespace sxpool::detail {

void checkOverview(Checker& c) {
  const Overview& o = c.app.overview;
  const int max = c.round.maxLongTextChars;
  c.text("overview.basics", o.basics, max, "请概述单位的基本情况（性质、规模、场所、设施等）");
  c.text("overview.history", o.history, max, "请简述单位的发展沿革");
  c.text("overview.products", o.products, max, "请概述主要服务产品");
  c.text("overview.achievements", o.achievements, max, "请概述近年的服务业绩");
}

}  // namespace sxpool::detail
