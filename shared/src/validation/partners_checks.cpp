// 合作机构名单 rows; the "≥ 5 with agreement" threshold is rule 6-4.
#include "checker.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool::detail {

void checkPartners(Checker& c, Row row) {
  const auto& rows = c.app.partners;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!inRow(row, i)) continue;
    const Partner& p = rows[i];
    c.text(FieldPath("partners", i, "name"), p.name, c.round.maxShortTextChars, "请填写合作机构全称，或删除这一空行");
    c.optionalText(FieldPath("partners", i, "kind"), p.kind, c.round.maxShortTextChars);
    if (!isBlank(p.uscc) && !checkUscc(p.uscc).fullyValid())
      c.warning(
          rowPath("partners", i, "uscc"), "format.uscc.partner",
          fieldLabel(rowPath("partners", i, "uscc")) + "“" + p.uscc + "”不是有效的18位统一社会信用代码，请核对或留空");
    if (p.agreementSigned && p.agreementDate && c.ctx.submissionDate.valid() && *p.agreementDate > c.ctx.submissionDate)
      c.error(rowPath("partners", i, "agreementDate"), "format.date",
              fieldLabel(rowPath("partners", i, "agreementDate")) + formatDate(*p.agreementDate) +
                  "晚于提交日期，请填写实际签订日期");
    if (!p.agreementSigned)
      c.warning(rowPath("partners", i, "agreementSigned"), "6-4.partner-agreement",
                fieldLabel(rowPath("partners", i, "name")) +
                    "未签合作协议，按指南第六条（四）只计“签有合作协议”的机构，请上传协议或勾选已签协议");
  }
}

}  // namespace sxpool::detail
