// 申请表: the scalar fields except identity (uscc_checks.cpp) and contact (contact_checks.cpp).
#include "checker.hpp"
#include "sxpool/rules/formats.hpp"
#include "sxpool/text.hpp"

namespace sxpool::detail {

void checkBasic(Checker& c) {
  const BasicInfo& b = c.app.basic;
  const int shortMax = c.round.maxShortTextChars;
  c.text("basic.name", b.name, shortMax, "请填写与营业执照或登记证书一致的单位全称");
  if (b.nature == InstitutionNature::Unset) c.missing("basic.nature", "请选择机构性质（如企业、事业单位、社会团体等）");
  c.text("basic.address", b.address, 2 * shortMax, "请填写包含省、市、县（区）的详细地址");
  if (c.text("basic.postalCode", b.postalCode, 6, "请填写6位数字邮政编码")) {
    if (!rules::isPostalCode(b.postalCode))
      c.error("basic.postalCode", "format.postcode", "申请表「邮政编码」应为6位数字，请核对后重新填写");
    else if (!rules::isShanxiPostalCode(b.postalCode))
      c.warning(
          "basic.postalCode", "format.postcode.shanxi",
          "申请表「邮政编码」" + b.postalCode + "不在山西省邮编范围（030000–048999）内，请核对是否填写了注册地的邮编");
  }
  c.text("basic.legalRepresentative", b.legalRepresentative, shortMax, "请填写法定代表人姓名");
  c.pastDate("basic.foundedOn", b.foundedOn);
  c.amount("basic.registeredCapital", b.registeredCapital, "万元");
  c.count("basic.employeeCount", b.employeeCount, "人");
  c.count("basic.qualifiedStaffCount", b.qualifiedStaffCount, "人");
  c.count("basic.expertCount", b.expertCount, "人");
  c.count("basic.partnerCount", b.partnerCount, "个");
  c.amount("basic.serviceAssets", b.serviceAssets, "万元");
  c.amount("basic.serviceArea", b.serviceArea, "平方米");

  if (c.text("basic.activities", b.activities, 4 * c.round.activitiesMaxChars,
             "请按年份简要概括组织或参与的“一起益企”、产学研、项目对接等服务活动及其效果（400字左右）")) {
    const auto n = static_cast<int>(utf8Length(trimmed(b.activities)));
    if (n > c.round.activitiesMaxChars)
      c.warning("basic.activities", "format.text-length.activities",
                "申请表「服务活动开展情况」共" + std::to_string(n) + "字，要求" +
                    std::to_string(c.round.activitiesTargetChars) + "字左右，请精简到" +
                    std::to_string(c.round.activitiesMaxChars) + "字以内");
    else if (n < c.round.activitiesMinChars)
      c.warning("basic.activities", "format.text-length.activities",
                "申请表「服务活动开展情况」仅" + std::to_string(n) + "字，要求" +
                    std::to_string(c.round.activitiesTargetChars) +
                    "字左右，请补充哪年组织或参与了哪些服务活动、达到了什么效果");
  }
  c.optionalText("basic.otherDirection", b.otherDirection, shortMax);
  c.pastDate("basic.fillDate", b.fillDate);
}

}  // namespace sxpool::detail
