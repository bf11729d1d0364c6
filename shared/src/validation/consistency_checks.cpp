// Cross-field consistency between the form's declared numbers and the tables.
#include "checker.hpp"

namespace sxpool::detail {
namespace {
std::string n(std::int64_t v) { return std::to_string(v); }
}  // namespace

void checkConsistency(Checker& c) {
  const BasicInfo& b = c.app.basic;
  if (b.employeeCount && b.qualifiedStaffCount && *b.qualifiedStaffCount > *b.employeeCount)
    c.error("basic.qualifiedStaffCount", "consistency.qualified-le-employees",
            "申请表「大专以上和中级职称以上人数」" + n(*b.qualifiedStaffCount) + "人多于「从业人数」" +
                n(*b.employeeCount) + "人，请核对：该人数是从业人员中的一部分");
  if (b.employeeCount && *b.employeeCount >= 0 && static_cast<std::int64_t>(c.app.staff.size()) > *b.employeeCount)
    c.warning("staff", "consistency.staff-le-employees",
              "服务人员基本情况表列了" + n(static_cast<std::int64_t>(c.app.staff.size())) +
                  "人，多于申请表「从业人数」" + n(*b.employeeCount) + "人，请核对从业人数或删去非本单位人员");
  if (b.expertCount && *b.expertCount != static_cast<std::int64_t>(c.app.experts.size()))
    c.warning("basic.expertCount", "consistency.expert-count",
              "申请表「合作专家数量」为" + n(*b.expertCount) + "人，但专家名单列了" +
                  n(static_cast<std::int64_t>(c.app.experts.size())) + "人，请使两者一致");
  if (b.partnerCount && *b.partnerCount != static_cast<std::int64_t>(c.app.partners.size()))
    c.warning("basic.partnerCount", "consistency.partner-count",
              "申请表「合作机构数量」为" + n(*b.partnerCount) + "个，但合作机构名单列了" +
                  n(static_cast<std::int64_t>(c.app.partners.size())) + "个，请使两者一致");
  if (c.app.enterpriseCount && *c.app.enterpriseCount < static_cast<std::int64_t>(c.app.enterprises.size()))
    c.warning("enterpriseCount", "consistency.enterprise-count",
              "服务企业情况登记表「服务企业数量」为" + n(*c.app.enterpriseCount) + "家，少于表中登记的" +
                  n(static_cast<std::int64_t>(c.app.enterprises.size())) + "家，请更正服务企业数量");
  std::int64_t lastYearRows = 0;
  for (const auto& e : c.app.enterprises)
    if (e.year == c.round.previousYear()) ++lastYearRows;
  const auto& lastYear = c.app.operations[1];
  if (lastYear.enterprisesServed && *lastYear.enterprisesServed < lastYearRows)
    c.warning("operations[1].enterprisesServed", "consistency.enterprises-served",
              fieldLabel("operations[1].enterprisesServed") + "为" + n(*lastYear.enterprisesServed) +
                  "家，少于服务企业情况登记表中" + std::to_string(c.round.previousYear()) + "年登记的" +
                  n(lastYearRows) + "家，请核对");
}

}  // namespace sxpool::detail
