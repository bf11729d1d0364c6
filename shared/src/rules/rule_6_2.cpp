// 6-2 独立法人, 成立并运营两年以上, 财务收支状况良好 (指南第六条(二)).
#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {

void checkRule62(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  const auto& founded = app.basic.foundedOn;
  if (founded && ctx.submissionDate.valid()) {
    const Date earliestSubmission = founded->addYears(round.minYearsSinceFounding);
    if (ctx.submissionDate < earliestSubmission)
      c.error("basic.foundedOn", "6-2.two-years",
              "申请表「成立日期」为" + formatDate(*founded) + "，至提交日" + formatDate(ctx.submissionDate) + "不满" +
                  std::to_string(round.minYearsSinceFounding) + "年，指南第六条（二）要求成立并运营两年以上，" +
                  formatDate(earliestSubmission) + "起方可申请；如日期填错请按营业执照更正");
  }
  if (app.basic.nature == InstitutionNature::IndividualBusiness)
    c.review("basic.nature", "6-2.legal-person",
             "申请表「机构性质」为个体工商户，不具有独立法人资格，指南第六条（二）要求独立法人，请审核人员核实；如选错"
             "请更正机构性质");
  if (!detail::hasMaterial(app, MaterialKind::AuditedStatements))
    c.error("materials", "6-2.audited-statements",
            detail::missingMaterialMessage(MaterialKind::AuditedStatements) + "（须包含" +
                std::to_string(round.twoYearsAgo()) + "年和" + std::to_string(round.previousYear()) +
                "年两个年度，指南第六条（二）、第七条（八））");
  const auto& ops = app.operations;
  if (ops[0].profit && ops[1].profit && ops[0].profit->hundredths < 0 && ops[1].profit->hundredths < 0)
    c.warning("operations", "6-2.finances",
              "近两年经营情况的服务利润均为负数，指南第六条（二）要求财务收支状况良好，请在单位情况概述中说明原因");
}

}  // namespace sxpool::rules
