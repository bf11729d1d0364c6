// Review actions through the domain workflow: each one transaction with its audit row and inbox entry; bulk
// pass/return hands every application to the group commit as its own savepoint.
#include <algorithm>
#include <functional>

#include "services/case_records.hpp"
#include "services/pool_service.hpp"
#include "services/review_service.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/json.hpp"

namespace sxpool::services {

api::ActionResult ReviewService::actInTransaction(std::int64_t id, const CurrentUser& user, ActionRequest request,
                                                  const std::optional<api::ClassificationChoice>& classification) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  request.actor = user.actor();
  request.routing = rec.workflow.routing;
  const auto round = ctx_.rounds.settingsFor(rec.row.roundYear);
  const auto calendar = ctx_.rounds.calendar();
  // Role and jurisdiction first: a refusal there is 403 and changes nothing.
  const auto allowed = availableActions(rec.workflow, request.actor);
  if (std::find(allowed.begin(), allowed.end(), request.action) == allowed.end())
    throw ServiceError(403, "action_refused",
                       canApply(rec.workflow, request, round, *calendar)
                           .value_or("当前不能执行" + std::string(labelOf(request.action))));
  const auto outcome = apply(rec.workflow, request, round, *calendar);
  if (!outcome.ok()) throw ServiceError(422, "action_invalid", outcome.refusal);

  std::string comment = request.reason;
  if (!request.recommendation.empty()) comment = "推荐意见：" + request.recommendation;
  if (request.action == Action::Return && comment.empty() && !request.comments.empty())
    comment = std::to_string(request.comments.size()) + " 条修改意见";
  if (request.action == Action::Remove && request.removalReason)
    ctx_.store.insertRemoval({rec.row.uscc, formatDate(request.date), std::string(codeOf(*request.removalReason)), id});
  // The city's (综改区's, department's) 推荐意见 goes onto the form's 推荐意见 box as well.
  if (!request.recommendation.empty()) {
    rec.draft.recommendation = {request.recommendation, unitName(ctx_, user.user.unitCode), request.date};
    auto doc = rec.draft;
    doc.materials.clear();
    rec.row.draft = encodeApplication(doc);
  }
  // 指南第九条: admitted with its 服务性质 and 服务类别 (the province's choice or the suggestion), in this transaction.
  if (request.action == Action::Admit) {
    const auto text = recordAdmission(ctx_, rec, classification, user, request.date);
    comment = comment.empty() ? text : comment + "；" + text;
  }
  recordTransition(ctx_, rec, *outcome.next, request.action, user, comment);
  return {id, rec.workflow.state, rec.row.holdingUnit, nextStepText(ctx_, rec.workflow), rec.workflow};
}

api::ActionResult ReviewService::act(std::int64_t id, const CurrentUser& user, const api::ActionBody& body) {
  const auto request = body.toWorkflow(ctx_.clock.today());
  api::ActionResult result;
  ctx_.commits.run([&] {
    result = actInTransaction(id, user, request, body.classification);
  });  // shares an fsync with concurrent writes
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

api::ActionResult ReviewService::actWith(std::int64_t id, const CurrentUser& user, const ActionRequest& request) {
  api::ActionResult result;
  ctx_.store.transaction([&] { result = actInTransaction(id, user, request); });
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

api::BulkResult ReviewService::bulk(const CurrentUser& user, const api::BulkRequest& bulk) {
  if (user.role == Role::Applicant) throw forbidden("批量审核只供审核人员使用：申请机构请在申请书页面操作");
  const auto request = bulk.payload.toWorkflow(ctx_.clock.today());
  // Each application is its own savepoint with its own audit row; all are handed to the group commit at once,
  // so a bulk of 500 takes a few fsyncs rather than 500.
  std::vector<std::int64_t> ids;
  for (const auto& sent : bulk.ids)
    if (sent.id) ids.push_back(*sent.id);
  std::vector<api::ActionResult> outcomes(ids.size());
  std::vector<std::function<void()>> writes;
  for (size_t i = 0; i < ids.size(); ++i)
    writes.push_back([&, i] { outcomes[i] = actInTransaction(ids[i], user, request); });
  const auto errors = ctx_.commits.runEach(writes);

  api::BulkResult result;
  size_t next = 0;
  for (const auto& sent : bulk.ids) {
    api::BulkOutcome& out = result.results.emplace_back();
    out.id = sent;
    if (!sent.id) {
      out.status = 400;
      out.error = "bad_request";
      out.message = "编号应为整数";
      continue;
    }
    const size_t i = next++;
    if (!errors[i]) {
      out.ok = true;
      out.state = outcomes[i].state;
      ++result.done;
      continue;
    }
    try {
      std::rethrow_exception(errors[i]);
    } catch (const ServiceError& e) {
      out.status = e.status;
      out.error = e.code;
      out.message = e.message;
    }
  }
  result.failed = static_cast<int>(result.results.size()) - result.done;
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

}  // namespace sxpool::services
