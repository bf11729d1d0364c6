#pragma once
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

// Units from the division data (counties, cities), the 综改区, the province and the configured 省级主管部门.
void seedUnits(AppContext& ctx);
std::string unitName(AppContext& ctx, const std::string& code);  // in memory, no store access
api::UnitList unitList(AppContext& ctx);
// The round in force, today's date and the limits a client should know before it sends anything.
api::RoundInfo roundInfo(AppContext& ctx);
// The reviewer role that works for a unit of this code (county → county reviewer …); nullopt when unknown.
std::optional<Role> reviewerRoleOfUnit(const std::string& code);

}  // namespace sxpool::services
