#pragma once
// Whole-application and per-field validation. Pure: "today" and removal records come from the caller.
#include <string_view>
#include <vector>

#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/round.hpp"

namespace sxpool {

struct RemovalRecord;  // management.hpp

struct ValidationContext {
  Date submissionDate;                                   // 6-2 counts two years back from here; 6-7 ban check
  const std::vector<RemovalRecord>* removals = nullptr;  // earlier removals (第十二条 ban), may be null
};

// Every format, consistency and eligibility (6-0 … 6-7) check.
Findings validateApplication(const Application& app, const RoundSettings& round, const ValidationContext& ctx);
Findings validateApplication(const Application& app, const RoundSettings& round, Date submissionDate);

// Live feedback while typing: runs only the checks of the section that holds `path` (for a table row only that
// row) plus the eligibility rules fed by that section, and returns the findings at or under `path`.
// Examples: "basic.uscc", "staff[3].title", "experts", "operations[1].profit", "materials".
Findings validateField(const Application& app, std::string_view path, const RoundSettings& round, Date today);
Findings validateField(const Application& app, std::string_view path, const RoundSettings& round,
                       const ValidationContext& ctx);

// Chinese label of a field path for messages and UI ("staff[3].title" → "服务人员基本情况表第4行「职称」").
std::string fieldLabel(std::string_view path);

}  // namespace sxpool
