#pragma once
// One application as the services handle it: the stored row, its workflow case and its draft document; loading
// it and who may see it. (The queue's columns and the transition writer, once here, have their own files; they
// are included for the callers that found them here.)
#include <string>
#include <vector>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/queue_columns.hpp"
#include "services/transition_writer.hpp"
#include "store/records.hpp"
#include "sxpool/application.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

struct CaseRecord {
  store::ApplicationRow row;
  WorkflowCase workflow;
  Application draft;  // materials come from the attachments table, not from the stored draft
};

CaseRecord loadCase(AppContext& ctx, std::int64_t id);  // 404 when missing
Application decodeStoredDocument(const std::string& json);
std::vector<Material> currentMaterials(AppContext& ctx, std::int64_t applicationId);

// Owner, or a reviewer whose unit the domain lets see it, or the admin. Throws 403 otherwise.
void requireView(const CaseRecord& rec, const CurrentUser& user);
bool mayView(const CaseRecord& rec, const CurrentUser& user);

// The domain's next-step text (sxpool/next_step.hpp) with the holding unit's name filled in.
std::string nextStepText(AppContext& ctx, const WorkflowCase& c);

}  // namespace sxpool::services
