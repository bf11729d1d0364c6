// 6-7 近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单 (指南第六条(七)), and the
// 2-year re-entry ban after a removal under 第十二条.
#include "../validation/checker.hpp"
#include "sxpool/management.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {

void checkRule67(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  if (!detail::hasMaterial(app, MaterialKind::CreditCheck))
    c.error("materials", "6-7.credit-report",
            detail::missingMaterialMessage(MaterialKind::CreditCheck) +
                "（指南第六条（七）、第七条（十）：“信用中国”查询结果截图）");
  if (!app.commitments.credit)
    c.error("commitments.credit", "6-7.legal-rep-commitment",
            "承诺事项「法定代表人诚信守法、无不良信用记录」尚未勾选，指南第六条（七）要求法定代表人出具该承诺，请阅读后"
            "勾选");
  if (ctx.removals && ctx.submissionDate.valid()) {
    const BanCheck ban = checkReentryBan(app.basic.uscc, ctx.submissionDate, *ctx.removals, round);
    if (ban.banned) c.error("basic.uscc", "6-7.reentry-ban", ban.message);
  }
}

}  // namespace sxpool::rules
