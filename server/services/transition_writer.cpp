#include "services/transition_writer.hpp"

#include "services/case_records.hpp"
#include "services/queue_columns.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {

void recordTransition(AppContext& ctx, CaseRecord& rec, const WorkflowCase& next, Action action, const CurrentUser& by,
                      const std::string& comment) {
  const std::int64_t now = ctx.clock.now();
  const WorkflowState from = rec.workflow.state;
  rec.workflow = next;
  rec.row.state = std::string(codeOf(next.state));
  rec.row.holdingUnit = holdingUnit(next);
  rec.row.workflow = encodeWorkflowCase(next);
  rec.row.updatedAt = now;
  ctx.store.updateApplication(rec.row);
  ctx.store.setViewers(rec.row.id, viewerUnits(next), rec.row.state, now);

  const auto& last = next.history.empty() ? HistoryEntry{} : next.history.back();
  store::AuditRow audit;
  audit.at = now;
  audit.userId = by.user.id;
  audit.account = by.user.account;
  audit.unitCode = by.user.unitCode;
  audit.event = std::string(codeOf(action));
  audit.applicationId = rec.row.id;
  audit.fromState = std::string(codeOf(from));
  audit.toState = rec.row.state;
  audit.comment = comment;
  audit.detail = encodeActionDetail(last.comments);
  ctx.store.appendAudit(audit);

  store::InboxRow inbox;
  inbox.userId = rec.row.ownerId;
  inbox.applicationId = rec.row.id;
  inbox.at = now;
  inbox.title =
      std::string(labelOf(action)) + "：" + std::string(labelOf(from)) + " → " + std::string(labelOf(next.state));
  inbox.body = (comment.empty() ? "" : comment + "\n") + nextStepText(ctx, next);
  inbox.comments = encodeFieldComments(last.comments);
  ctx.store.insertInbox(inbox);
}

}  // namespace sxpool::services
