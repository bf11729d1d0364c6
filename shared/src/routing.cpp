#include "sxpool/routing.hpp"

#include "sxpool/divisions.hpp"
#include "sxpool/text.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool {

std::optional<Routing> defaultRoutingForUscc(std::string_view uscc, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<Routing> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  const UsccCheck check = checkUscc(uscc);
  if (!check.wellFormed())
    return fail("统一社会信用代码格式不正确，无法确定属地，请先填写正确的18位代码或手动选择属地单位");
  const auto& d = Divisions::instance();
  const std::string& code = check.divisionCode;
  if (const auto* county = d.findCounty(code)) return Routing{RoutingKind::County, county->code, county->name};
  const std::string city = d.cityOf(code);
  if (!city.empty()) return Routing{RoutingKind::City, city, d.nameOf(city)};
  if (code == kProvinceUnitCode)
    return fail(
        "统一社会信用代码为省级登记机关代码（140000），无法自动确定属地：省级行业组织请选择省级主管部门，其他机构请选择"
        "所在县（市、区）或市");
  return fail("统一社会信用代码中的行政区划代码" + code + "不在山西省内，无法确定属地，请核对代码或手动选择属地单位");
}

Routing reformZoneRouting() {
  return Routing{RoutingKind::ReformZone, std::string(kReformZoneUnitCode), std::string(kReformZoneName)};
}

Routing departmentRouting(std::string_view code, std::string_view name) {
  return Routing{RoutingKind::ProvincialDepartment, std::string(code), std::string(name)};
}

std::string routingProblem(const Routing& r) {
  const auto& d = Divisions::instance();
  switch (r.kind) {
    case RoutingKind::Unset:
      return "「属地单位」未选择，请选择所属县（市、区）、市工信局、山西综改区管委会或省级主管部门";
    case RoutingKind::County:
      if (!d.findCounty(r.unitCode))
        return "「属地单位」的县级代码“" + r.unitCode + "”不是山西省的县（市、区），请从列表中重新选择";
      return {};
    case RoutingKind::City:
      if (!d.findCity(r.unitCode))
        return "「属地单位」的市级代码“" + r.unitCode + "”不是山西省的地级市，请从列表中重新选择";
      return {};
    case RoutingKind::ReformZone:
      if (r.unitCode != kReformZoneUnitCode)
        return "「属地单位」选择了山西综改区，但单位代码不是" + std::string(kReformZoneUnitCode) + "，请重新选择";
      return {};
    case RoutingKind::ProvincialDepartment:
      if (!isDepartmentUnitCode(r.unitCode))
        return "「属地单位」选择了省级主管部门，但未指定具体部门（代码应为 dept- "
               "开头），请选择推荐本机构的省级主管部门";
      if (isBlank(r.unitName)) return "「属地单位」的省级主管部门名称为空，请选择推荐本机构的省级主管部门";
      return {};
  }
  return "「属地单位」类型无效，请重新选择";
}

std::string recommendingUnitOf(const Routing& r) {
  switch (r.kind) {
    case RoutingKind::County:
    case RoutingKind::City: return Divisions::instance().cityOf(r.unitCode);
    case RoutingKind::ReformZone:
    case RoutingKind::ProvincialDepartment: return r.unitCode;
    case RoutingKind::Unset: break;
  }
  return {};
}

}  // namespace sxpool
