#include "sxpool/divisions.hpp"

#include <algorithm>

#include "csv.hpp"

namespace sxpool::embedded {
extern const std::string_view shanxi_cities_csv;
extern const std::string_view shanxi_divisions_csv;
extern const std::string_view shanxi_phone_area_codes_csv;
}  // namespace sxpool::embedded

namespace sxpool {

Divisions Divisions::fromCsv(std::string_view citiesCsv, std::string_view countiesCsv, std::string_view areaCodesCsv) {
  Divisions d;
  auto cityRows = detail::parseCsv(citiesCsv);
  for (std::size_t i = 1; i < cityRows.size(); ++i)
    if (cityRows[i].size() >= 2) d.cities_.push_back(CityInfo{cityRows[i][0], cityRows[i][1], {}, {}});
  auto areaRows = detail::parseCsv(areaCodesCsv);
  for (std::size_t i = 1; i < areaRows.size(); ++i) {
    const auto& r = areaRows[i];
    if (r.size() < 4) continue;
    for (auto& c : d.cities_)
      if (c.code == r[0]) {
        c.areaCode = r[2];
        c.samplePostcode = r[3];
      }
  }
  auto countyRows = detail::parseCsv(countiesCsv);
  for (std::size_t i = 1; i < countyRows.size(); ++i) {
    const auto& r = countyRows[i];
    if (r.size() >= 4) d.counties_.push_back(Division{r[0], r[1], r[2], r[3]});
  }
  return d;
}

const Divisions& Divisions::instance() {
  static const Divisions d =
      fromCsv(embedded::shanxi_cities_csv, embedded::shanxi_divisions_csv, embedded::shanxi_phone_area_codes_csv);
  return d;
}

const CityInfo* Divisions::findCity(std::string_view code) const {
  for (const auto& c : cities_)
    if (c.code == code) return &c;
  return nullptr;
}

const Division* Divisions::findCounty(std::string_view code) const {
  for (const auto& c : counties_)
    if (c.code == code) return &c;
  return nullptr;
}

std::vector<const Division*> Divisions::countiesOf(std::string_view cityCode) const {
  std::vector<const Division*> out;
  for (const auto& c : counties_)
    if (c.parentCode == cityCode) out.push_back(&c);
  return out;
}

std::string Divisions::nameOf(std::string_view code) const {
  if (const auto* c = findCity(code)) return c->name;
  if (const auto* c = findCounty(code)) return c->name;
  if (code == kReformZoneUnitCode) return std::string(kReformZoneName);
  if (code == kProvinceUnitCode) return "山西省";
  return {};
}

std::string Divisions::cityOf(std::string_view code) const {
  if (findCity(code)) return std::string(code);
  if (const auto* c = findCounty(code)) return c->parentCode;
  // 市辖区 "14xx01" and other unlisted city-level codes "14xx0y": the city "14xx00".
  if (code.size() == 6 && code.substr(0, 2) == "14" && code[4] == '0') {
    const std::string city = std::string(code.substr(0, 4)) + "00";
    if (findCity(city)) return city;
  }
  return {};
}

bool Divisions::isShanxiDivision(std::string_view code) const {
  return code == kProvinceUnitCode || !cityOf(code).empty();
}

const CityInfo* Divisions::cityByAreaCode(std::string_view areaCode) const {
  for (const auto& c : cities_)
    if (c.areaCode == areaCode) return &c;
  return nullptr;
}

bool isDepartmentUnitCode(std::string_view code) {
  if (code.size() <= kDepartmentCodePrefix.size() ||
      code.substr(0, kDepartmentCodePrefix.size()) != kDepartmentCodePrefix)
    return false;
  return std::all_of(code.begin() + static_cast<long>(kDepartmentCodePrefix.size()), code.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

std::optional<UnitLevel> unitLevelOf(std::string_view code) {
  const auto& d = Divisions::instance();
  if (code == kProvinceUnitCode) return UnitLevel::Province;
  if (code == kReformZoneUnitCode) return UnitLevel::ReformZone;
  if (d.findCity(code)) return UnitLevel::City;
  if (d.findCounty(code)) return UnitLevel::County;
  if (isDepartmentUnitCode(code)) return UnitLevel::ProvincialDepartment;
  return std::nullopt;
}

}  // namespace sxpool
