#pragma once
// 属地原则: the unit where an application starts, defaulted from the division code inside the USCC.
#include <optional>
#include <string>
#include <string_view>

#include "sxpool/application.hpp"

namespace sxpool {

// County code → that county; city-level code (14xx00, 市辖区 14xx01) → the city; otherwise nullopt with the
// reason in *why (a code outside Shanxi, a province-level code: the applicant must choose).
std::optional<Routing> defaultRoutingForUscc(std::string_view uscc, std::string* why = nullptr);

// Routing to the 综改区 or to a 省级主管部门 (the applicant says so; no division code tells).
Routing reformZoneRouting();
Routing departmentRouting(std::string_view departmentCode, std::string_view departmentName);

// Empty when the routing names an existing unit of its kind, else a Chinese message saying what to fix.
std::string routingProblem(const Routing& routing);

// The city-level unit (city code, kReformZoneUnitCode or the department code) the routing passes through.
std::string recommendingUnitOf(const Routing& routing);

}  // namespace sxpool
