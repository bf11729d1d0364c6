#pragma once
// What happens next to an application, said to its applicant ("已提交至小店区工业和信息化局（县级初审中）…").
#include <optional>
#include <string>
#include <string_view>

#include "sxpool/date.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool {

// `holdingUnitName`: the name of the unit holdingUnit(c) names (the caller knows the unit names). `today`: a 公示
// batch published ahead of its start date says "公示将于…开始" until that day; both dates are named when known.
std::string nextStepText(const WorkflowCase& c, std::string_view holdingUnitName,
                         std::optional<Date> today = std::nullopt);
// The 公示 period in words: "公示将于2026年2月12日开始，至2026年2月25日结束" before the start, otherwise
// "公示中（2026年2月12日至2026年2月25日）"; "" without dates.
std::string publicityText(const WorkflowCase& c, std::optional<Date> today);

}  // namespace sxpool
