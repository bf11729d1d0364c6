// 6-5 有固定的经营服务场所和必要的专业服务设施 (指南第六条(五)): 服务场地 > 0 and material 4 attached.
#include "../validation/checker.hpp"
#include "sxpool/rules/eligibility.hpp"

namespace sxpool::rules {

void checkRule65(const Application& app, const RoundSettings& round, const ValidationContext& ctx, Findings& out) {
  detail::Checker c{app, round, ctx, out};
  const auto& area = app.basic.serviceArea;
  if (area && area->hundredths == 0)
    c.error("basic.serviceArea", "6-5.premises-area",
            "申请表「服务场地（平方米）」为0，指南第六条（五）要求有固定的经营服务场所，请填写实际服务场地面积");
  if (!detail::hasMaterial(app, MaterialKind::PremisesCertificate))
    c.error("materials", "6-5.premises-document",
            detail::missingMaterialMessage(MaterialKind::PremisesCertificate) +
                "（指南第六条（五）要求有固定的经营服务场所）");
}

}  // namespace sxpool::rules
