#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

// Units from the division data (counties, cities), the 综改区, the province and the configured 省级主管部门.
void seedUnits(AppContext& ctx);
std::string unitName(AppContext& ctx, const std::string& code);  // in memory, no store access
nlohmann::json unitsJson(AppContext& ctx);
// The reviewer role that works for a unit of this code (county → county reviewer …); nullopt when unknown.
std::optional<Role> reviewerRoleOfUnit(const std::string& code);

}  // namespace sxpool::services
