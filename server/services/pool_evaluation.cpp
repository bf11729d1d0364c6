// 指南第十二条: the province's annual evaluation of each admitted institution — the result, any site check, and
// the decision with its meeting reference; a removal decision removes the institution through the workflow.
#include "services/pool_service.hpp"

#include "services/service_error.hpp"
#include "sxpool/text.hpp"

namespace sxpool::services {
namespace {}  // namespace

api::EvaluationList PoolService::evaluations(std::int64_t id, const CurrentUser& user) {
  if (user.role == Role::Applicant) throw forbidden("年度评价由省工信厅组织，结果不向机构账号开放查询");
  auto rec = requireInstitution(id, user, false);
  api::EvaluationList out;
  out.id = id;
  out.state = std::string(codeOf(rec.workflow.state));
  for (const auto& row : ctx_.store.evaluations(id)) {
    api::EvaluationView v;
    v.body.year = row.year;
    v.body.result = fromCode<api::EvaluationResult>(row.result).value_or(api::EvaluationResult::Qualified);
    v.body.siteCheck = row.siteCheck;
    v.body.decision = fromCode<api::EvaluationDecision>(row.decision).value_or(api::EvaluationDecision::Keep);
    v.body.meetingRef = row.meetingRef;
    v.body.comment = row.comment;
    if (v.body.decision == api::EvaluationDecision::Remove && rec.workflow.removalReason)
      v.body.removalReason = rec.workflow.removalReason;
    if (row.recordedBy)
      if (auto by = ctx_.store.userById(*row.recordedBy)) v.recordedBy = by->account;
    v.recordedAt = row.recordedAt;
    out.items.push_back(std::move(v));
  }
  return out;
}

api::EvaluationList PoolService::recordEvaluation(std::int64_t id, const CurrentUser& user,
                                                  const api::EvaluationBody& body) {
  if (user.role != Role::ProvinceReviewer)
    throw forbidden("年度评价由省工信厅组织并研究决定（指南第十二条）：您的账号不能录入评价结果");
  const int year = ctx_.clock.today().year;
  ctx_.commits.run([&] {
    auto rec = requireInstitution(id, user, true);
    std::vector<api::ErrorField> fields;
    if (body.year > year)
      fields.push_back(fieldError("year", "「评价年度」不能晚于今年（" + std::to_string(year) + "）"));
    if (rec.workflow.admittedOn && body.year < rec.workflow.admittedOn->year)
      fields.push_back(
          fieldError("year", "「评价年度」早于入库年度（" + std::to_string(rec.workflow.admittedOn->year) + "）"));
    if (isBlank(body.meetingRef))
      fields.push_back(fieldError("meetingRef", "请填写「会议及文号」：评价结果须经研究决定"));
    const bool remove = body.decision == api::EvaluationDecision::Remove;
    if (remove && !body.removalReason)
      fields.push_back(fieldError("removalReason", "决定移出时请选择「移出原因」：" + codesOf<RemovalReason>()));
    if (!remove && body.result == api::EvaluationResult::Unqualified)
      fields.push_back(fieldError("decision", "评价不符合要求的机构按指南第十二条应移出资源库：请将决定设为 remove"));
    if (!fields.empty()) throw ServiceError(422, "invalid_evaluation", fields.front().message, fields);

    store::EvaluationRow row;
    row.applicationId = id;
    row.year = body.year;
    row.result = std::string(codeOf(body.result));
    row.siteCheck = body.siteCheck;
    row.decision = std::string(codeOf(body.decision));
    row.meetingRef = body.meetingRef;
    row.comment = body.comment;
    row.recordedBy = user.user.id;
    row.recordedAt = ctx_.clock.now();
    ctx_.store.upsertEvaluation(row);
    audit(user, id, "evaluation_recorded",
          std::to_string(body.year) + "年度评价：" + std::string(labelOf(body.result)) + "；决定：" +
              std::string(labelOf(body.decision)) + "（" + body.meetingRef + "）" +
              (isBlank(body.siteCheck) ? "" : "；现场核查：" + body.siteCheck),
          "{\"year\":" + std::to_string(body.year) + ",\"result\":\"" + row.result + "\",\"decision\":\"" +
              row.decision + "\"}");
    if (remove) {
      ActionRequest request;
      request.action = Action::Remove;
      request.date = ctx_.clock.today();
      request.removalReason = body.removalReason;
      request.reason = std::to_string(body.year) + "年度评价决定移出（" + body.meetingRef + "）" +
                       (isBlank(body.comment) ? "" : "：" + body.comment);
      review_.actInside(id, user, request);
    }
  });
  ctx_.generation++;
  ctx_.poolGeneration++;
  return evaluations(id, user);
}

}  // namespace sxpool::services
