#pragma once
// The single place where a workflow transition is written: row, visibility, audit row, inbox entry.
#include <string>

#include "services/app_context.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

struct CaseRecord;
struct CurrentUser;

// Writes a transition inside the caller's transaction: state, holder, case JSON, visibility, the audit row
// (who, unit, when, action, from → to, comment) and an inbox entry for the applicant.
void recordTransition(AppContext& ctx, CaseRecord& rec, const WorkflowCase& next, Action action, const CurrentUser& by,
                      const std::string& comment);

}  // namespace sxpool::services
