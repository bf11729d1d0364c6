#pragma once
// Shanxi's cities and counties (GB/T 2260, from the embedded shanxi_*.csv) and the review units built on them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/enum_table.hpp"

namespace sxpool {

// Review-unit codes. Divisions use their 6-digit code; the 综改区 uses the NBS statistical code of the zone
// (never a county inside a USCC); a 省级主管部门 uses "dept-" followed by a short ASCII name.
inline constexpr std::string_view kProvinceUnitCode = "140000";    // 省工信厅
inline constexpr std::string_view kReformZoneUnitCode = "140171";  // 山西转型综改示范区管委会
inline constexpr std::string_view kReformZoneName = "山西转型综合改革示范区";
inline constexpr std::string_view kDepartmentCodePrefix = "dept-";

enum class UnitLevel { County, City, ReformZone, ProvincialDepartment, Province };

template <>
struct EnumTable<UnitLevel> {
  static constexpr EnumEntry<UnitLevel> entries[] = {
      {UnitLevel::County, "county", "县（市、区）中小企业主管部门"},
      {UnitLevel::City, "city", "市工信局"},
      {UnitLevel::ReformZone, "reform_zone", "山西综改区管委会"},
      {UnitLevel::ProvincialDepartment, "department", "省级主管部门"},
      {UnitLevel::Province, "province", "省工信厅"},
  };
};

struct Division {
  std::string code;        // "140105"
  std::string name;        // "小店区"
  std::string parentCode;  // "140100" for a county, "140000" for a city
  std::string parentName;
};

struct CityInfo {
  std::string code;
  std::string name;
  std::string areaCode;        // landline area code, "0351"
  std::string samplePostcode;  // illustrative only
};

class Divisions {
 public:
  // Parsed once from the embedded CSV files.
  static const Divisions& instance();

  const std::vector<CityInfo>& cities() const { return cities_; }
  const std::vector<Division>& counties() const { return counties_; }
  const CityInfo* findCity(std::string_view code) const;
  const Division* findCounty(std::string_view code) const;
  std::vector<const Division*> countiesOf(std::string_view cityCode) const;
  // Name of a city, county, the 综改区 or the province; empty when unknown.
  std::string nameOf(std::string_view code) const;
  // The city a county or city code belongs to ("140105" → "140100"; "140100" → "140100"); empty when unknown.
  std::string cityOf(std::string_view code) const;
  // True for a Shanxi county or city code, or a 市辖区 code "14xx01", or the province "140000".
  bool isShanxiDivision(std::string_view code) const;
  // City whose landline area code this is ("0351" → 太原市), nullptr when none.
  const CityInfo* cityByAreaCode(std::string_view areaCode) const;

  // Builds from CSV text (header row first); used by instance() and by tests.
  static Divisions fromCsv(std::string_view citiesCsv, std::string_view countiesCsv, std::string_view areaCodesCsv);

 private:
  std::vector<CityInfo> cities_;
  std::vector<Division> counties_;
};

// True for a code of the form "dept-xxx" (省级主管部门).
bool isDepartmentUnitCode(std::string_view code);

// The level of a review unit code; nullopt for an unknown code.
std::optional<UnitLevel> unitLevelOf(std::string_view code);

}  // namespace sxpool
