#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {

Findings checkEligibility(const Application& app, const RoundSettings& round, const ValidationContext& ctx) {
  Findings out;
  for (auto* rule :
       {checkRule60, checkRule61, checkRule62, checkRule63, checkRule64, checkRule65, checkRule66, checkRule67})
    rule(app, round, ctx, out);
  return out;
}

}  // namespace sxpool::rules
