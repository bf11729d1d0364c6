// 统一社会信用代码 format (GB 32100-2015, GB 11714); the Shanxi check is rule 6-0.
#include "checker.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool::detail {

void checkUsccField(Checker& c) {
  const std::string& code = c.app.basic.uscc;
  const std::string path = "basic.uscc";
  if (isBlank(code)) {
    c.missing(path, "请填写营业执照或登记证书上的18位统一社会信用代码");
    return;
  }
  const UsccCheck r = checkUscc(code);
  if (!r.lengthOk) {
    c.error(
        path, "format.uscc.length",
        "申请表「统一社会信用代码」应为18位，当前为" + std::to_string(utf8Length(code)) + "位，请对照营业执照重新填写");
    return;
  }
  if (!r.charsetOk) {
    c.error(path, "format.uscc.charset",
            "申请表「统一社会信用代码」只能包含数字和大写字母（不含I、O、Z、S、V），请检查是否误用了小写字母、字母O或I"
            "、全角字符");
    return;
  }
  // A few genuinely issued early codes fail the checks: the applicant may ask for manual review instead.
  const bool escalated = c.app.basic.usccManualReview;
  const Severity severity = escalated ? Severity::NeedsManualReview : Severity::Error;
  const std::string escalate =
      escalated ? "申请人已申请人工复核，将由审核人员对照营业执照核实"
                : "请对照营业执照逐位核对；如确认与执照一致（部分早期发放的代码不符合校验规则），请勾选“申请人工复核”";
  if (!r.checksumOk)
    c.add(path, "format.uscc.checksum", severity,
          "申请表「统一社会信用代码」第18位校验码不正确（按本代码前17位应为" +
              std::string(1, *usccCheckCharacter(code.substr(0, 17))) + "），" + escalate);
  if (!r.orgCodeOk)
    c.add(path, "format.uscc.orgcode", severity,
          "申请表「统一社会信用代码」中的组织机构代码（第9–17位）校验位不正确，" + escalate);
  const BasicInfo& b = c.app.basic;
  if (b.nature != InstitutionNature::Unset) {
    const auto implied = natureFromUscc(code);
    if (implied && *implied != b.nature && *implied != InstitutionNature::Other)
      c.warning("basic.nature", "format.uscc.type-nature",
                "申请表「机构性质」选择了“" + std::string(labelOf(b.nature)) + "”，但统一社会信用代码前两位“" +
                    code.substr(0, 2) + "”表示“" + std::string(labelOf(*implied)) + "”，请核对机构性质或代码");
  }
}

}  // namespace sxpool::detail
