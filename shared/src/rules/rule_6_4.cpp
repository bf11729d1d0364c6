// 6-4 上年度合作的副高级以上或同等水平专家 10 人以上，相关专家 20 人以上；签有合作协议的合作机构 5 个（含）以上
// (指南第六条(四)). "以上" includes the number.
#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {
namespace {
bool isSenior(TitleLevel t) {
  return t == TitleLevel::ViceSenior || t == TitleLevel::FullSenior || t == TitleLevel::EquivalentSenior;
}
}  // namespace

void checkRule64(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  int senior = 0;
  for (std::size_t i = 0; i < app.experts.size(); ++i) {
    const TitleLevel t = app.experts[i].title;
    if (isSenior(t)) ++senior;
    if (t == TitleLevel::EquivalentSenior) {
      c.review(detail::rowPath("experts", i, "title"), "6-4.equivalent-level",
               fieldLabel(detail::rowPath("experts", i, "title")) +
                   "为“副高级以上同等水平”，需审核人员认定；请在材料第7项中附上能证明其水平的佐证（如执业资格、获奖、任"
                   "职经历）");
    }
  }
  const int total = static_cast<int>(app.experts.size());
  if (senior < round.minSeniorExperts)
    c.error("experts", "6-4.senior-experts",
            "上年度合作专家名单中副高级以上或同等水平的专家只有" + std::to_string(senior) + "人，指南第六条（四）要求" +
                std::to_string(round.minSeniorExperts) + "人以上，请补充" +
                std::to_string(round.minSeniorExperts - senior) + "名副高级以上专家，或核对已列专家的职称级别");
  const int counted = round.seniorCountTowardsTotal ? total : total - senior;
  if (counted < round.minExperts)
    c.error("experts", "6-4.total-experts",
            "上年度合作专家名单" + std::string(round.seniorCountTowardsTotal ? "共" : "除副高级以上专家外只有") +
                std::to_string(counted) + "人，指南第六条（四）要求相关专家" + std::to_string(round.minExperts) +
                "人以上，请补充" + std::to_string(round.minExperts - counted) + "名合作专家");
  int partners = 0;
  for (const auto& p : app.partners)
    if (p.agreementSigned) ++partners;
  if (partners < round.minPartners)
    c.error("partners", "6-4.partners",
            "签有合作协议的合作机构只有" + std::to_string(partners) + "个，指南第六条（四）要求" +
                std::to_string(round.minPartners) + "个（含）以上，请补充合作机构并在材料第7项中附合作协议");
}

}  // namespace sxpool::rules
