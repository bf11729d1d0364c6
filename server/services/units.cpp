#include "services/units.hpp"

#include "sxpool/divisions.hpp"

namespace sxpool::services {

void seedUnits(AppContext& ctx) {
  const auto& divisions = Divisions::instance();
  int sort = 0;
  ctx.store.transaction([&] {
    auto add = [&](const std::string& code, UnitLevel level, const std::string& parent) {
      ctx.store.upsertUnit({code, unitName(ctx, code), std::string(codeOf(level)), parent, sort++});
    };
    const std::string province(kProvinceUnitCode);
    add(province, UnitLevel::Province, "");
    for (const auto& city : divisions.cities()) {
      add(city.code, UnitLevel::City, province);
      for (const auto* county : divisions.countiesOf(city.code)) add(county->code, UnitLevel::County, city.code);
    }
    add(std::string(kReformZoneUnitCode), UnitLevel::ReformZone, province);
    for (const auto& dept : ctx.config.provincialDepartments) add(dept.code, UnitLevel::ProvincialDepartment, province);
  });
}

std::string unitName(AppContext& ctx, const std::string& code) {
  if (code.empty()) return {};
  if (code == kProvinceUnitCode) return "山西省工业和信息化厅";
  if (code == kReformZoneUnitCode) return std::string(kReformZoneName) + "管理委员会";
  for (const auto& dept : ctx.config.provincialDepartments)
    if (dept.code == code) return dept.name;
  const auto& divisions = Divisions::instance();
  if (const auto* city = divisions.findCity(code)) return city->name + "工业和信息化局";
  return divisions.nameOf(code);
}

api::UnitList unitList(AppContext& ctx) {
  api::UnitList list;
  for (const auto& u : ctx.store.units()) list.items.push_back({u.code, u.name, u.level, u.parentCode});
  return list;
}

api::RoundInfo roundInfo(AppContext& ctx) {
  api::RoundInfo info;
  const auto round = ctx.rounds.current();
  info.year = round.year;
  info.opensOn = round.opensOn;
  info.deadline = round.deadline;
  info.open = ctx.rounds.openYear() == round.year;
  info.holidaysCsv = ctx.rounds.calendarCsv();
  info.enforceDeadline = round.enforceDeadline;
  info.today = ctx.clock.today();
  info.publicityWorkingDays = round.publicityWorkingDays;
  info.limits = {ctx.config.attachmentFileLimit, ctx.config.attachmentApplicationLimit, ctx.config.jsonBodyLimit};
  info.passwordPolicy = {static_cast<std::int64_t>(ctx.config.passwordPolicy.minLength),
                         ctx.config.passwordPolicy.requiredClasses};
  return info;
}

std::optional<Role> reviewerRoleOfUnit(const std::string& code) {
  auto level = unitLevelOf(code);
  if (!level) return std::nullopt;
  switch (*level) {
    case UnitLevel::County: return Role::CountyReviewer;
    case UnitLevel::City: return Role::CityReviewer;
    case UnitLevel::ReformZone: return Role::ReformZoneReviewer;
    case UnitLevel::ProvincialDepartment: return Role::DepartmentReviewer;
    case UnitLevel::Province: return Role::ProvinceReviewer;
  }
  return std::nullopt;
}

}  // namespace sxpool::services
