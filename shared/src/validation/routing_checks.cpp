// 属地原则 (第八条(一)): a unit must be chosen; a county/city differing from the USCC default is worth a look.
#include "checker.hpp"
#include "sxpool/routing.hpp"

namespace sxpool::detail {

void checkRouting(Checker& c) {
  const Routing& r = c.app.routing;
  const std::string problem = routingProblem(r);
  if (!problem.empty()) {
    c.error("routing", "routing.unit", problem);
    return;
  }
  if (r.kind != RoutingKind::County && r.kind != RoutingKind::City) return;
  const auto fallback = defaultRoutingForUscc(c.app.basic.uscc);
  if (fallback && fallback->unitCode != r.unitCode)
    c.warning("routing", "routing.differs-from-uscc",
              "「属地单位」选择了" + r.unitName + "，而统一社会信用代码的登记地为" + fallback->unitName +
                  "；如机构已迁址请保持选择，否则请改为" + fallback->unitName);
}

}  // namespace sxpool::detail
