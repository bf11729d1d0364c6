#pragma once
// One application as the services handle it: the stored row, its workflow case and its draft document,
// and the single place where a workflow transition is written (row, visibility, audit row, inbox).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
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

// name, USCC, routing and directions copied from the document into the queue's columns.
void copyQueueColumns(store::ApplicationRow& row, const Application& doc);
// The review units that may see the case (the domain's canView over the candidate units).
std::vector<std::string> viewerUnits(const WorkflowCase& c);

// Writes a transition inside the caller's transaction: state, holder, case JSON, visibility, the audit row
// (who, unit, when, action, from → to, comment) and an inbox entry for the applicant.
void recordTransition(AppContext& ctx, CaseRecord& rec, const WorkflowCase& next, Action action, const CurrentUser& by,
                      const std::string& comment);

nlohmann::json materialJson(const store::AttachmentRow& row, std::int64_t applicationId);
nlohmann::json stateJson(WorkflowState state);
// What happens next, said to the applicant ("已提交至小店区初审" …).
std::string nextStepText(AppContext& ctx, const WorkflowCase& c);

}  // namespace sxpool::services
