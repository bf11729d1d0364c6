#include "services/application_service.hpp"

#include "services/service_error.hpp"
#include "services/units.hpp"
#include "store/file_store.hpp"
#include "sxpool/json.hpp"
#include "sxpool/management.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/validation.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

nlohmann::json findingsJson(const Findings& findings, bool errorsOnly) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : findings)
    if (!errorsOnly || f.severity == Severity::Error) out.push_back(findingToJson(f));
  return out;
}

std::vector<RemovalRecord> removalRecords(AppContext& ctx, const std::string& uscc) {
  std::vector<RemovalRecord> out;
  for (const auto& r : ctx.store.removals(uscc)) {
    auto date = parseDate(r.removedOn);
    auto reason = fromCode<RemovalReason>(r.reason);
    if (date && reason) out.push_back({r.uscc, *date, *reason});
  }
  return out;
}

std::string receiptNumber(int year, std::int64_t sequence) {
  std::string digits = std::to_string(sequence);
  if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
  return "SX" + std::to_string(year) + "-" + digits;
}

}  // namespace

bool isEditable(WorkflowState state) { return state == WorkflowState::Draft || state == WorkflowState::Returned; }

std::string canonicalDraft(Application doc) {
  doc.materials.clear();
  doc.recommendation = {};
  return encodeApplication(doc);
}

nlohmann::json ApplicationService::draftJson(const CaseRecord& rec) {
  return {{"applicationId", rec.row.id},
          {"revision", rec.row.draftRevision},
          {"state", stateJson(rec.workflow.state)},
          {"editable", isEditable(rec.workflow.state)},
          {"updatedAt", rec.row.updatedAt},
          {"document", applicationToJson(rec.draft)}};
}

nlohmann::json ApplicationService::openCurrent(const CurrentUser& user) {
  if (user.role != Role::Applicant) throw forbidden("只有申请机构账号可以填写申请");
  if (!ctx_.store.applicationOf(user.user.id, ctx_.round.year)) {
    Application doc;
    doc.basic.name = user.user.displayName;
    doc.basic.uscc = user.user.uscc;
    doc.basic.contactName = user.user.contactName;
    doc.basic.contactPhone = user.user.contactPhone;
    doc.basic.email = user.user.email;
    if (auto routing = defaultRoutingForUscc(user.user.uscc)) doc.routing = *routing;  // 属地原则 default
    store::ApplicationRow row;
    row.ownerId = user.user.id;
    row.roundYear = ctx_.round.year;
    row.state = std::string(codeOf(WorkflowState::Draft));
    row.draft = canonicalDraft(doc);
    row.draftHash = store::FileStore::sha256Hex(row.draft);
    row.workflow = workflowCaseToJson(WorkflowCase{}).dump();
    row.updatedAt = ctx_.clock.now();
    copyQueueColumns(row, doc);
    ctx_.store.transaction([&] {
      if (ctx_.store.applicationOf(user.user.id, ctx_.round.year)) return;  // a parallel request won
      ctx_.store.insertApplication(row);
    });
    ctx_.generation++;
  }
  auto row = ctx_.store.applicationOf(user.user.id, ctx_.round.year);
  return detail(row->id, user);
}

nlohmann::json ApplicationService::listMine(const CurrentUser& user) {
  if (user.role != Role::Applicant) throw forbidden("只有申请机构账号有自己的申请列表");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : ctx_.store.applicationsOf(user.user.id)) {
    const auto state = fromCode<WorkflowState>(row.state).value_or(WorkflowState::Draft);
    items.push_back({{"id", row.id},
                     {"roundYear", row.roundYear},
                     {"name", row.name},
                     {"state", stateJson(state)},
                     {"receiptNo", row.receiptNo ? nlohmann::json(*row.receiptNo) : nlohmann::json()},
                     {"currentVersion", row.currentVersion},
                     {"draftRevision", row.draftRevision},
                     {"updatedAt", row.updatedAt}});
  }
  return {{"items", items}};
}

nlohmann::json ApplicationService::detail(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  const bool owner = user.role == Role::Applicant;
  nlohmann::json versions = nlohmann::json::array();
  for (const auto& v : ctx_.store.versions(id))
    versions.push_back({{"version", v.version}, {"receiptNo", v.receiptNo}, {"submittedAt", v.submittedAt}});
  nlohmann::json materials = nlohmann::json::array();
  for (const auto& a : ctx_.store.attachments(id, false)) materials.push_back(materialJson(a, id));
  nlohmann::json actions = nlohmann::json::array();
  for (auto a : availableActions(rec.workflow, user.actor()))
    if (a != Action::Submit && a != Action::Resubmit) actions.push_back(std::string(codeOf(a)));
  // Reviewers read what was submitted; the owner edits the draft.
  nlohmann::json document;
  if (owner || rec.row.currentVersion == 0) {
    document = applicationToJson(rec.draft);
  } else {
    auto v = ctx_.store.version(id, rec.row.currentVersion);
    document = v ? nlohmann::json::parse(v->document) : applicationToJson(rec.draft);
  }
  const std::string holder = holdingUnit(rec.workflow);
  return {{"id", id},
          {"roundYear", rec.row.roundYear},
          {"name", rec.row.name},
          {"uscc", rec.row.uscc},
          {"state", stateJson(rec.workflow.state)},
          {"editable", owner && isEditable(rec.workflow.state)},
          {"receiptNo", rec.row.receiptNo ? nlohmann::json(*rec.row.receiptNo) : nlohmann::json()},
          {"currentVersion", rec.row.currentVersion},
          {"draftRevision", rec.row.draftRevision},
          {"updatedAt", rec.row.updatedAt},
          {"holdingUnit", holder},
          {"holdingUnitName", unitName(ctx_, holder)},
          {"nextStep", nextStepText(ctx_, rec.workflow)},
          {"workflow", workflowCaseToJson(rec.workflow)},
          {"document", document},
          {"materials", materials},
          {"versions", versions},
          {"availableActions", actions}};
}

CaseRecord ApplicationService::requireOwnEditable(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  if (user.role != Role::Applicant || rec.row.ownerId != user.user.id)
    throw forbidden("只有提交该申请的机构本身可以修改它");
  if (!isEditable(rec.workflow.state))
    throw ServiceError(409, "not_editable",
                       "申请当前状态为「" + std::string(labelOf(rec.workflow.state)) +
                           "」，不能修改；只有草稿或被退回修改的申请可以修改");
  return rec;
}

nlohmann::json ApplicationService::draft(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  if (user.role != Role::Applicant || rec.row.ownerId != user.user.id) throw forbidden("只有申请机构本身可以读取草稿");
  return draftJson(rec);
}

nlohmann::json ApplicationService::saveDraft(std::int64_t id, const CurrentUser& user, const nlohmann::json& body) {
  if (!body.is_object() || !body.contains("document") || !body["document"].is_object())
    throw badRequest("请求体应为 {\"baseRevision\": 数字, \"document\": 申请书}",
                     nlohmann::json::array({{{"path", "document"}, {"message", "缺少申请书内容"}}}));
  if (!body.contains("baseRevision") || !body["baseRevision"].is_number_integer())
    throw badRequest("缺少 baseRevision：请给出本次修改所基于的草稿版本号（新草稿为 0）",
                     nlohmann::json::array({{{"path", "baseRevision"}, {"message", "应为整数"}}}));
  const std::int64_t base = body["baseRevision"].get<std::int64_t>();
  auto decoded = decodeApplicationJson(body["document"]);
  if (!decoded.ok()) {
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& e : decoded.errors) fields.push_back(jsonErrorToJson(e));
    throw ServiceError(422, "invalid_document", "申请书格式有误，请按提示修改后再保存", fields);
  }
  const std::string canonical = canonicalDraft(decoded.value);
  const std::string hash = store::FileStore::sha256Hex(canonical);

  nlohmann::json result;
  ctx_.store.transaction([&] {
    auto rec = requireOwnEditable(id, user);
    if (hash == rec.row.draftHash) {  // the same content again (a retry, a second tab): nothing to do
      result = draftJson(rec);
      result["changed"] = false;
      return;
    }
    if (base != rec.row.draftRevision)
      throw ServiceError(409, "draft_conflict",
                         "草稿已在其他地方修改（服务器版本 " + std::to_string(rec.row.draftRevision) +
                             "，本次基于版本 " + std::to_string(base) + "）：请对照服务器上的版本合并后再保存",
                         nlohmann::json::array(), {{"server", draftJson(rec)}});
    Application doc = decoded.value;
    doc.recommendation = rec.draft.recommendation;  // written by reviewers only
    rec.row.draft = canonicalDraft(doc);
    rec.row.draftHash = hash;
    rec.row.draftRevision += 1;
    rec.row.updatedAt = ctx_.clock.now();
    copyQueueColumns(rec.row, doc);
    ctx_.store.updateApplication(rec.row);
    doc.materials = rec.draft.materials;
    rec.draft = doc;
    result = draftJson(rec);
    result["changed"] = true;
  });
  ctx_.generation++;
  return result;
}

Findings ApplicationService::findingsFor(const Application& doc, Date date) {
  const auto removals = removalRecords(ctx_, doc.basic.uscc);
  ValidationContext vctx{date, &removals};
  return validateApplication(doc, ctx_.round, vctx);
}

nlohmann::json ApplicationService::validate(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  const auto findings = findingsFor(rec.draft, ctx_.clock.today());
  return {{"ok", !hasErrors(findings)}, {"findings", findingsJson(findings, false)}};
}

ApplicationService::PreparedSubmission ApplicationService::prepareSubmission(const CaseRecord& rec,
                                                                             const CurrentUser& user, Date today) {
  PreparedSubmission p;
  p.removals = ctx_.store.removals(rec.draft.basic.uscc).size();
  const auto findings = findingsFor(rec.draft, today);
  if (hasErrors(findings))
    throw ServiceError(
        422, "validation_failed",
        "申请书还有 " + std::to_string(countSeverity(findings, Severity::Error)) + " 处错误，请按提示修改后再提交",
        findingsJson(findings, true));
  p.request.action = rec.workflow.state == WorkflowState::Returned ? Action::Resubmit : Action::Submit;
  p.request.actor = user.actor();
  p.request.date = today;
  p.request.routing = rec.draft.routing;
  if (rec.draft.routing.kind == RoutingKind::ProvincialDepartment) {
    bool known = false;
    for (const auto& d : ctx_.config.provincialDepartments) known = known || d.code == rec.draft.routing.unitCode;
    if (!known)
      throw ServiceError(
          422, "validation_failed", "所选省级主管部门不在本系统的部门名单中，请重新选择",
          nlohmann::json::array({{{"path", "routing.unitCode"}, {"message", "请选择名单中的省级主管部门"}}}));
  }
  auto outcome = apply(rec.workflow, p.request, ctx_.round);
  if (!outcome.ok()) throw ServiceError(409, "submission_refused", outcome.refusal);
  p.next = std::move(*outcome.next);
  // The stored draft is encodeApplication's text without materials: put them in rather than encode it all again.
  auto document = encodeWithMaterials(rec.row.draft, rec.draft.materials);
  p.document = document ? std::move(*document) : encodeApplication(rec.draft);
  p.warnings = nlohmann::json::array();
  for (const auto& f : findings)
    if (f.severity != Severity::Error) p.warnings.push_back(findingToJson(f));
  return p;
}

bool ApplicationService::unchangedSince(const CaseRecord& rec, const PreparedSubmission& p) {
  const auto row = ctx_.store.application(rec.row.id);
  return row && row->ownerId == rec.row.ownerId && row->draftRevision == rec.row.draftRevision &&
         row->currentVersion == rec.row.currentVersion && row->receiptNo == rec.row.receiptNo &&
         row->workflow == rec.row.workflow && row->draft == rec.row.draft &&
         currentMaterials(ctx_, rec.row.id) == rec.draft.materials &&
         ctx_.store.removals(rec.draft.basic.uscc).size() == p.removals;
}

nlohmann::json ApplicationService::writeSubmission(CaseRecord& rec, const PreparedSubmission& p,
                                                   const CurrentUser& user) {
  const std::int64_t now = ctx_.clock.now();
  const int version = rec.row.currentVersion + 1;
  if (!rec.row.receiptNo)
    rec.row.receiptNo =
        receiptNumber(ctx_.round.year, ctx_.store.nextSequence("receipt-" + std::to_string(ctx_.round.year)));
  rec.row.currentVersion = version;
  rec.row.submittedAt = now;
  copyQueueColumns(rec.row, rec.draft);
  ctx_.store.insertVersion({rec.row.id, version, p.document, *rec.row.receiptNo, now});
  recordTransition(ctx_, rec, p.next, p.request.action, user,
                   "回执号 " + *rec.row.receiptNo + "，第 " + std::to_string(version) + " 版");
  return {{"applicationId", rec.row.id}, {"receiptNo", *rec.row.receiptNo},
          {"version", version},          {"state", stateJson(rec.workflow.state)},
          {"submittedAt", now},          {"nextStep", nextStepText(ctx_, rec.workflow)},
          {"warnings", p.warnings}};
}

nlohmann::json ApplicationService::submitRecord(CaseRecord& rec, const CurrentUser& user, Date today) {
  return writeSubmission(rec, prepareSubmission(rec, user, today), user);
}

std::optional<nlohmann::json> ApplicationService::submissionGate(const CaseRecord& rec, const CurrentUser& user,
                                                                 const nlohmann::json& body) {
  if (user.role != Role::Applicant || rec.row.ownerId != user.user.id)
    throw forbidden("只有申请机构本身可以提交该申请");
  // 指南第十二条: within the 2-year ban the answer is the ban, not the state: say so and until when.
  if (rec.workflow.state == WorkflowState::Removed) {
    const auto ban = checkReentryBan(rec.row.uscc, ctx_.clock.today(), removalRecords(ctx_, rec.row.uscc), ctx_.round);
    if (ban.banned)
      throw ServiceError(409, "reentry_banned", ban.message + "；在此之前不能提交入库申请",
                         nlohmann::json::array({{{"path", "basic.uscc"}, {"message", ban.message}}}));
  }
  // A retried submit of the revision already submitted gets the same receipt back, while the case is open
  // (a closed one — rejected, withdrawn, removed — must not look like an accepted submission).
  if (!isEditable(rec.workflow.state) && !isClosedState(rec.workflow.state) && rec.row.receiptNo && body.is_object() &&
      body.contains("revision") && body["revision"] == rec.row.draftRevision && rec.row.currentVersion > 0)
    return nlohmann::json{{"applicationId", rec.row.id},
                          {"receiptNo", *rec.row.receiptNo},
                          {"version", rec.row.currentVersion},
                          {"state", stateJson(rec.workflow.state)},
                          {"submittedAt", rec.row.submittedAt.value_or(0)},
                          {"nextStep", nextStepText(ctx_, rec.workflow)},
                          {"warnings", nlohmann::json::array()},
                          {"repeated", true}};
  if (!isEditable(rec.workflow.state))
    throw ServiceError(409, "not_editable",
                       "申请当前状态为「" + std::string(labelOf(rec.workflow.state)) + "」，不能提交");
  if (body.is_object() && body.contains("revision") && body["revision"].is_number_integer() &&
      body["revision"].get<std::int64_t>() != rec.row.draftRevision)
    throw ServiceError(409, "draft_conflict",
                       "提交的草稿版本（" + body["revision"].dump() + "）不是服务器上的最新版本（" +
                           std::to_string(rec.row.draftRevision) + "）：请先同步草稿",
                       nlohmann::json::array(), {{"server", draftJson(rec)}});
  return std::nullopt;
}

nlohmann::json ApplicationService::submit(std::int64_t id, const CurrentUser& user, const nlohmann::json& body) {
  // Checks, validation and encoding run here, outside the write lock, on the case as loaded. Under the lock the
  // write first makes sure nothing it rests on changed meanwhile (else decides again on what is stored now),
  // then joins the next group commit: the receipt is answered only once its transaction is on disk.
  const Date today = ctx_.clock.today();
  auto rec = loadCase(ctx_, id);
  if (auto repeated = submissionGate(rec, user, body)) return *repeated;
  const auto prepared = prepareSubmission(rec, user, today);
  nlohmann::json result;
  ctx_.commits.run([&] {
    if (unchangedSince(rec, prepared)) {
      result = writeSubmission(rec, prepared, user);
      return;
    }
    auto current = loadCase(ctx_, id);
    if (auto repeated = submissionGate(current, user, body))
      result = std::move(*repeated);
    else
      result = submitRecord(current, user, today);
  });
  ctx_.generation++;
  return result;
}

nlohmann::json ApplicationService::versions(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& v : ctx_.store.versions(id))
    items.push_back({{"version", v.version}, {"receiptNo", v.receiptNo}, {"submittedAt", v.submittedAt}});
  return {{"items", items}};
}

nlohmann::json ApplicationService::version(std::int64_t id, int number, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  auto v = ctx_.store.version(id, number);
  if (!v) throw notFound("该申请没有第 " + std::to_string(number) + " 版");
  return {{"version", v->version},
          {"receiptNo", v->receiptNo},
          {"submittedAt", v->submittedAt},
          {"document", nlohmann::json::parse(v->document)}};
}

nlohmann::json ApplicationService::history(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : ctx_.store.audit(id, 1000))
    items.push_back({{"at", a.at},
                     {"account", a.account},
                     {"unitCode", a.unitCode},
                     {"unitName", unitName(ctx_, a.unitCode)},
                     {"event", a.event},
                     {"from", a.fromState ? nlohmann::json(*a.fromState) : nlohmann::json()},
                     {"to", a.toState ? nlohmann::json(*a.toState) : nlohmann::json()},
                     {"comment", a.comment},
                     {"detail", nlohmann::json::parse(a.detail, nullptr, false)}});
  return {{"items", items}, {"workflow", workflowCaseToJson(rec.workflow)}};
}

}  // namespace sxpool::services
