#pragma once
// What happens next to an application, said to its applicant ("已提交至小店区工业和信息化局（县级初审中）…").
#include <string>
#include <string_view>

#include "sxpool/workflow.hpp"

namespace sxpool {

// `holdingUnitName`: the name of the unit holdingUnit(c) names (the caller knows the unit names).
std::string nextStepText(const WorkflowCase& c, std::string_view holdingUnitName);

}  // namespace sxpool
