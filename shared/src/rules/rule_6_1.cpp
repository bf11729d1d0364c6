// 6-1 拥护中国共产党的领导 … 诚信守法 (指南第六条(一)): a commitment the applicant ticks.
#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {

void checkRule61(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  if (!app.commitments.political)
    c.error("commitments.political", "6-1.commitment",
            "承诺事项「拥护党的领导、诚信守法」尚未勾选，指南第六条（一）要求申请机构作出该承诺，请阅读后勾选");
}

}  // namespace sxpool::rules
