// 指南第九条: the classification of each admitted institution, set at admission and changed later by the
// province with an audit row; the pool list; the ban check by 统一社会信用代码 (第十二条).
#include "services/pool_service.hpp"

#include "services/service_error.hpp"
#include "store/records.hpp"

namespace sxpool::services {
namespace {

std::optional<api::ClassificationChoice> choiceOf(const std::optional<store::ClassificationRow>& row) {
  if (!row) return std::nullopt;
  auto character = fromCode<ServiceCharacter>(row->character);
  auto serviceClass = fromCode<ServiceClass>(row->serviceClass);
  if (!character || !serviceClass) return std::nullopt;
  return api::ClassificationChoice{*character, *serviceClass};
}

std::string choiceDetail(const api::ClassificationChoice& c) {
  return std::string("{\"character\":\"") + std::string(codeOf(c.character)) + "\",\"serviceClass\":\"" +
         std::string(codeOf(c.serviceClass)) + "\"}";
}

}  // namespace

BanCheck reentryBanToday(AppContext& ctx, const std::string& uscc) {
  std::vector<RemovalRecord> records;
  for (const auto& r : ctx.store.removals(uscc)) {
    auto date = parseDate(r.removedOn);
    auto reason = fromCode<RemovalReason>(r.reason);
    if (date && reason) records.push_back({r.uscc, *date, *reason});
  }
  return checkReentryBan(uscc, ctx.clock.today(), records, ctx.rounds.current());
}

api::ClassificationChoice suggestedClassification(const Application& app, const RoundSettings& round) {
  const auto c = classify(app, round);
  return {c.character, c.classes.empty() ? ServiceClass::Other : c.classes.front()};
}

std::string classificationText(const api::ClassificationChoice& c) {
  return std::string(labelOf(c.character)) + " · " + std::string(labelOf(c.serviceClass));
}

std::string recordAdmission(AppContext& ctx, const CaseRecord& rec,
                            const std::optional<api::ClassificationChoice>& choice, const CurrentUser& by,
                            Date admittedOn) {
  const auto chosen = choice.value_or(suggestedClassification(rec.draft, ctx.rounds.current()));
  const auto now = ctx.clock.now();
  ctx.store.upsertClassification({rec.row.id, std::string(codeOf(chosen.character)),
                                  std::string(codeOf(chosen.serviceClass)), formatDate(admittedOn), "admission", now,
                                  by.user.id});
  // 指南第十三条: the products and cases start as admitted; the institution keeps them current from here.
  ctx.store.upsertPoolProfile(
      {rec.row.id, api::encodeProducts(rec.draft.products), api::encodeCases(rec.draft.cases), 1, now});
  return "服务性质与类别：" + classificationText(chosen);
}

api::ClassificationView PoolService::viewOf(const CaseRecord& rec) {
  api::ClassificationView v;
  v.id = rec.row.id;
  v.name = rec.row.name;
  v.uscc = rec.row.uscc;
  v.cityCode = rec.row.cityCode;
  v.countyCode = rec.row.countyCode;
  const auto row = ctx_.store.classification(rec.row.id);
  v.classification = choiceOf(row);
  v.admittedOn = row ? parseDate(row->admittedOn) : rec.workflow.admittedOn;
  v.source = row ? row->source : "admission";
  v.suggested = suggestedClassification(rec.draft, ctx_.rounds.current());
  return v;
}

CaseRecord PoolService::requireInstitution(std::int64_t id, const CurrentUser& user, bool admittedOnly) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  const bool admitted = rec.workflow.state == WorkflowState::Admitted;
  if (!admitted && (admittedOnly || rec.workflow.state != WorkflowState::Removed))
    throw ServiceError(409, "not_admitted",
                       "该申请当前为「" + std::string(labelOf(rec.workflow.state)) +
                           "」，不是资源库内的机构：入库（纳入资源库）之后才有分类、年度评价和服务产品");
  return rec;
}

void PoolService::audit(const CurrentUser& by, std::int64_t id, const std::string& event, const std::string& comment,
                        const std::string& detail) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  row.userId = by.user.id;
  row.account = by.user.account;
  row.unitCode = by.user.unitCode;
  row.event = event;
  row.applicationId = id;
  row.comment = comment;
  row.detail = detail;
  ctx_.store.appendAudit(row);
}

api::PoolList PoolService::list(const CurrentUser& user) {
  if (user.role == Role::Applicant) throw forbidden("资源库名单只供审核人员使用：机构请在首页查看本单位信息");
  api::PoolList out;
  for (const auto& row : ctx_.store.admittedInstitutions()) {
    auto rec = loadCase(ctx_, row.id);
    if (!mayView(rec, user)) continue;
    out.items.push_back(viewOf(rec));
  }
  return out;
}

api::ClassificationView PoolService::classification(std::int64_t id, const CurrentUser& user) {
  return viewOf(requireInstitution(id, user, false));
}

api::ClassificationView PoolService::updateClassification(std::int64_t id, const CurrentUser& user,
                                                          const api::ClassificationUpdate& update) {
  if (user.role != Role::ProvinceReviewer)
    throw forbidden("服务性质和服务类别由省工信厅确定（指南第九条）：您的账号不能修改");
  api::ClassificationView result;
  ctx_.commits.run([&] {
    auto rec = requireInstitution(id, user, true);
    if (update.reason.find_first_not_of(" \t\r\n") == std::string::npos)
      throw ServiceError(422, "reason_required", "请填写「变更原因」：修改分类要留下记录",
                         {fieldError("reason", "请填写变更原因")});
    auto before = ctx_.store.classification(id);
    const auto old = choiceOf(before);
    store::ClassificationRow row = before.value_or(store::ClassificationRow{});
    row.applicationId = id;
    if (!before)
      row.admittedOn = rec.workflow.admittedOn ? formatDate(*rec.workflow.admittedOn) : formatDate(ctx_.clock.today());
    row.character = std::string(codeOf(update.classification.character));
    row.serviceClass = std::string(codeOf(update.classification.serviceClass));
    row.updatedAt = ctx_.clock.now();
    row.updatedBy = user.user.id;
    ctx_.store.upsertClassification(row);
    audit(user, id, "classification_changed",
          (old ? classificationText(*old) : std::string("未分类")) + " → " + classificationText(update.classification) +
              "；原因：" + update.reason,
          std::string("{\"from\":") + (old ? choiceDetail(*old) : "null") +
              ",\"to\":" + choiceDetail(update.classification) + "}");
    result = viewOf(rec);
  });
  ctx_.generation++;
  ctx_.poolGeneration++;
  return result;
}

}  // namespace sxpool::services
