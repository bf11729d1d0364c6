#pragma once
// The round in force (GET /round) and the units (GET /units).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/date.hpp"

namespace sxpool::api {

struct RoundLimits {
  std::uint64_t attachmentFileBytes = 0;
  std::uint64_t attachmentApplicationBytes = 0;
  std::uint64_t jsonBodyBytes = 0;
};

struct PasswordPolicyView {
  std::int64_t minLength = 0;  // characters
  int requiredClasses = 0;     // how many of lower-case, upper-case, digit, other
};

struct RoundInfo {
  int year = 0;
  Date opensOn;  // 开始受理
  Date deadline;
  bool enforceDeadline = false;
  bool open = false;  // the round takes applications (an admin opened it and has not closed it)
  Date today;
  int publicityWorkingDays = 0;
  RoundLimits limits;
  PasswordPolicyView passwordPolicy;
  std::string holidaysCsv;  // every loaded year's holiday calendar ("date,kind,name"), for the 公示 preview
};

struct UnitView {
  std::string code;
  std::string name;
  std::string level;  // province | city | county | reform_zone | department
  std::string parentCode;

  bool operator==(const UnitView& o) const {
    return code == o.code && name == o.name && level == o.level && parentCode == o.parentCode;
  }
};

struct UnitList {
  std::vector<UnitView> items;
};

std::string encode(const RoundInfo& round);
Parsed<RoundInfo> decodeRoundInfo(std::string_view text);
std::string encode(const UnitList& list);
Parsed<UnitList> decodeUnitList(std::string_view text);

}  // namespace sxpool::api
