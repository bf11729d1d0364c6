#include "services/application_service.hpp"

#include "services/attachment_service.hpp"
#include "services/round_admin.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "store/file_store.hpp"
#include "sxpool/json.hpp"
#include "sxpool/management.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/uscc.hpp"
#include "sxpool/validation.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

std::vector<api::ErrorField> errorFields(const Findings& findings) {
  std::vector<api::ErrorField> out;
  for (const auto& f : findings)
    if (f.severity == Severity::Error) out.push_back(api::errorField(f));
  return out;
}

std::vector<RemovalRecord> removalRecords(const std::vector<store::RemovalRow>& rows) {
  std::vector<RemovalRecord> out;
  for (const auto& r : rows) {
    auto date = parseDate(r.removedOn);
    auto reason = fromCode<RemovalReason>(r.reason);
    if (date && reason) out.push_back({r.uscc, *date, *reason});
  }
  return out;
}
std::vector<RemovalRecord> removalRecords(AppContext& ctx, const std::string& uscc) {
  return removalRecords(ctx.store.removals(uscc));
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

// Drafts never carry materials: they are the server's (the detail lists them; an upload replaces its kind's file),
// and a saved draft's materials are ignored.
api::DraftReply ApplicationService::draftReply(const CaseRecord& rec) {
  api::DraftReply d;
  d.applicationId = rec.row.id;
  d.revision = rec.row.draftRevision;
  d.state = api::stateView(rec.workflow.state);
  d.editable = isEditable(rec.workflow.state);
  d.updatedAt = rec.row.updatedAt;
  d.document = rec.draft;
  d.document.materials.clear();
  return d;
}

std::vector<api::VersionInfo> ApplicationService::versionInfos(std::int64_t id) {
  std::vector<api::VersionInfo> out;
  for (const auto& v : ctx_.store.versions(id)) out.push_back({v.version, v.receiptNo, v.submittedAt});
  return out;
}

api::ApplicationDetail ApplicationService::openCurrent(const CurrentUser& user) {
  if (user.role != Role::Applicant) throw forbidden("只有申请机构账号可以填写申请");
  const int year = ctx_.rounds.current().year;
  if (!ctx_.store.applicationOf(user.user.id, year)) {
    Application doc;
    doc.basic.name = user.user.displayName;
    doc.basic.uscc = user.user.uscc;
    doc.basic.contactName = user.user.contactName;
    doc.basic.contactPhone = user.user.contactPhone;
    doc.basic.email = user.user.email;
    // Registered with a code that fails its check characters: the review checks it against the licence.
    doc.basic.usccManualReview = !checkUscc(user.user.uscc).fullyValid();
    if (auto routing = defaultRoutingForUscc(user.user.uscc)) doc.routing = *routing;  // 属地原则 default
    store::ApplicationRow row;
    row.ownerId = user.user.id;
    row.roundYear = year;
    row.state = std::string(codeOf(WorkflowState::Draft));
    row.draft = canonicalDraft(doc);
    row.draftHash = store::FileStore::sha256Hex(row.draft);
    row.workflow = encodeWorkflowCase(WorkflowCase{});
    row.updatedAt = ctx_.clock.now();
    copyQueueColumns(row, doc);
    ctx_.store.transaction([&] {
      if (ctx_.store.applicationOf(user.user.id, year)) return;  // a parallel request won
      ctx_.store.insertApplication(row);
    });
    ctx_.generation++;
  }
  auto row = ctx_.store.applicationOf(user.user.id, year);
  return detail(row->id, user);
}

api::ApplicationList ApplicationService::listMine(const CurrentUser& user) {
  if (user.role != Role::Applicant) throw forbidden("只有申请机构账号有自己的申请列表");
  api::ApplicationList list;
  for (const auto& row : ctx_.store.applicationsOf(user.user.id)) {
    const auto state = fromCode<WorkflowState>(row.state).value_or(WorkflowState::Draft);
    list.items.push_back({row.id, row.roundYear, row.name, api::stateView(state), row.receiptNo, row.currentVersion,
                          row.draftRevision, row.updatedAt});
  }
  return list;
}

api::ApplicationDetail ApplicationService::detail(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  const bool owner = user.role == Role::Applicant;
  api::ApplicationDetail d;
  d.id = id;
  d.roundYear = rec.row.roundYear;
  d.name = rec.row.name;
  d.uscc = rec.row.uscc;
  d.state = api::stateView(rec.workflow.state);
  d.editable = owner && isEditable(rec.workflow.state);
  d.receiptNo = rec.row.receiptNo;
  d.currentVersion = rec.row.currentVersion;
  d.draftRevision = rec.row.draftRevision;
  d.updatedAt = rec.row.updatedAt;
  d.holdingUnit = holdingUnit(rec.workflow);
  d.holdingUnitName = unitName(ctx_, d.holdingUnit);
  d.nextStep = nextStepText(ctx_, rec.workflow);
  // Reviewers read what was submitted; the owner edits the draft.
  auto submitted = owner || rec.row.currentVersion == 0 ? std::nullopt : ctx_.store.version(id, rec.row.currentVersion);
  d.document = submitted ? decodeStoredDocument(submitted->document) : rec.draft;
  for (const auto& a : ctx_.store.attachments(id, false)) d.materials.push_back(materialView(a, id));
  d.versions = versionInfos(id);
  for (auto a : availableActions(rec.workflow, user.actor()))
    if (a != Action::Submit && a != Action::Resubmit) d.availableActions.push_back(a);
  d.workflow = std::move(rec.workflow);
  return d;
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

api::DraftReply ApplicationService::draft(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  if (user.role != Role::Applicant || rec.row.ownerId != user.user.id) throw forbidden("只有申请机构本身可以读取草稿");
  return draftReply(rec);
}

api::DraftReply ApplicationService::saveDraft(std::int64_t id, const CurrentUser& user,
                                              const api::SaveDraftRequest& request) {
  if (!request.documentErrors.empty()) {
    std::vector<api::ErrorField> fields;
    for (const auto& e : request.documentErrors) fields.push_back(api::errorField(e));
    throw ServiceError(422, "invalid_document", "申请书格式有误，请按提示修改后再保存", fields);
  }
  const std::int64_t base = request.baseRevision;
  const std::string canonical = canonicalDraft(request.document);
  const std::string hash = store::FileStore::sha256Hex(canonical);

  api::DraftReply result;
  ctx_.commits.run([&] {  // shares its fsync with concurrent writes (under load: one commit for many saves)
    auto rec = requireOwnEditable(id, user);
    if (hash == rec.row.draftHash) {  // the same content again (a retry, a second tab): nothing to do
      result = draftReply(rec);
      result.changed = false;
      return;
    }
    if (base != rec.row.draftRevision) {
      ServiceError conflict(409, "draft_conflict",
                            "草稿已在其他地方修改（服务器版本 " + std::to_string(rec.row.draftRevision) +
                                "，本次基于版本 " + std::to_string(base) + "）：请对照服务器上的版本合并后再保存");
      conflict.server = std::make_shared<api::DraftReply>(draftReply(rec));
      throw conflict;
    }
    Application doc = request.document;
    doc.recommendation = rec.draft.recommendation;  // written by reviewers only
    rec.row.draft = canonicalDraft(doc);
    rec.row.draftHash = hash;
    rec.row.draftRevision += 1;
    rec.row.updatedAt = ctx_.clock.now();
    copyQueueColumns(rec.row, doc);
    ctx_.store.updateApplication(rec.row);
    doc.materials.clear();
    ctx_.drafts.put(id, rec.row.draft, doc);  // what rec.row.draft decodes to: a submission need not decode it
    rec.draft = std::move(doc);
    result = draftReply(rec);
    result.changed = true;
  });
  ctx_.generation++;
  return result;
}

Findings ApplicationService::findingsFor(const Application& doc, int roundYear, Date date) {
  return findingsFor(doc, roundYear, date, removalRecords(ctx_, doc.basic.uscc));
}

Findings ApplicationService::findingsFor(const Application& doc, int roundYear, Date date,
                                         const std::vector<RemovalRecord>& removals) {
  ValidationContext vctx{date, &removals};
  return validateApplication(doc, ctx_.rounds.settingsFor(roundYear), vctx);
}

api::ValidateReply ApplicationService::validate(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  auto findings = findingsFor(rec.draft, rec.row.roundYear, ctx_.clock.today());
  const bool ok = !hasErrors(findings);
  return {ok, std::move(findings)};
}

ApplicationService::PreparedSubmission ApplicationService::prepareSubmission(const CaseRecord& rec,
                                                                             const CurrentUser& user, Date today) {
  PreparedSubmission p;
  const auto removalRows = ctx_.store.removals(rec.draft.basic.uscc);  // read once: counted and validated
  p.removals = removalRows.size();
  const auto findings = findingsFor(rec.draft, rec.row.roundYear, today, removalRecords(removalRows));
  if (hasErrors(findings))
    throw ServiceError(
        422, "validation_failed",
        "申请书还有 " + std::to_string(countSeverity(findings, Severity::Error)) + " 处错误，请按提示修改后再提交",
        errorFields(findings));
  p.request.action = rec.workflow.state == WorkflowState::Returned ? Action::Resubmit : Action::Submit;
  p.request.actor = user.actor();
  p.request.date = today;
  p.request.routing = rec.draft.routing;
  if (rec.draft.routing.kind == RoutingKind::ProvincialDepartment) {
    bool known = false;
    for (const auto& d : ctx_.config.provincialDepartments) known = known || d.code == rec.draft.routing.unitCode;
    if (!known)
      throw ServiceError(422, "validation_failed", "所选省级主管部门不在本系统的部门名单中，请重新选择",
                         {fieldError("routing.unitCode", "请选择名单中的省级主管部门")});
  }
  // The round of this application must be open and have begun (指南: 申报通知的受理时间); the deadline is the
  // workflow's check below.
  if (auto refusal = submissionRoundRefusal(ctx_, rec.row.roundYear, today))
    throw ServiceError(409, "round_closed", *refusal);
  auto outcome = apply(rec.workflow, p.request, ctx_.rounds.settingsFor(rec.row.roundYear), *ctx_.rounds.calendar());
  if (!outcome.ok()) throw ServiceError(409, "submission_refused", outcome.refusal);
  p.next = std::move(*outcome.next);
  // The stored draft is encodeApplication's text without materials: put them in rather than encode it all again.
  auto document = encodeWithMaterials(rec.row.draft, rec.draft.materials);
  p.document = document ? std::move(*document) : encodeApplication(rec.draft);
  for (const auto& f : findings)
    if (f.severity != Severity::Error) p.warnings.push_back(f);
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

api::Receipt ApplicationService::writeSubmission(CaseRecord& rec, const PreparedSubmission& p,
                                                 const CurrentUser& user) {
  const std::int64_t now = ctx_.clock.now();
  const int version = rec.row.currentVersion + 1;
  if (!rec.row.receiptNo)
    rec.row.receiptNo =
        receiptNumber(rec.row.roundYear, ctx_.store.nextSequence("receipt-" + std::to_string(rec.row.roundYear)));
  rec.row.currentVersion = version;
  rec.row.submittedAt = now;
  copyQueueColumns(rec.row, rec.draft);
  ctx_.store.insertVersion({rec.row.id, version, p.document, *rec.row.receiptNo, now});
  recordTransition(ctx_, rec, p.next, p.request.action, user,
                   "回执号 " + *rec.row.receiptNo + "，第 " + std::to_string(version) + " 版");
  return {rec.row.id, *rec.row.receiptNo,
          version,    api::stateView(rec.workflow.state),
          now,        nextStepText(ctx_, rec.workflow),
          p.warnings, false};
}

api::Receipt ApplicationService::submitRecord(CaseRecord& rec, const CurrentUser& user, Date today) {
  return writeSubmission(rec, prepareSubmission(rec, user, today), user);
}

std::optional<api::Receipt> ApplicationService::submissionGate(const CaseRecord& rec, const CurrentUser& user,
                                                               const api::SubmitRequest& request) {
  if (user.role != Role::Applicant || rec.row.ownerId != user.user.id)
    throw forbidden("只有申请机构本身可以提交该申请");
  // 指南第十二条: within the 2-year ban the answer is the ban, not the state: say so and until when.
  if (rec.workflow.state == WorkflowState::Removed) {
    const auto ban = checkReentryBan(rec.row.uscc, ctx_.clock.today(), removalRecords(ctx_, rec.row.uscc),
                                     ctx_.rounds.settingsFor(rec.row.roundYear));
    if (ban.banned)
      throw ServiceError(409, "reentry_banned", ban.message + "；在此之前不能提交入库申请",
                         {fieldError("basic.uscc", ban.message)});
  }
  // A retried submit of the revision already submitted gets the same receipt back, while the case is open
  // (a closed one — rejected, withdrawn, removed — must not look like an accepted submission).
  if (!isEditable(rec.workflow.state) && !isClosedState(rec.workflow.state) && rec.row.receiptNo &&
      request.revision == rec.row.draftRevision && rec.row.currentVersion > 0)
    return api::Receipt{rec.row.id,
                        *rec.row.receiptNo,
                        rec.row.currentVersion,
                        api::stateView(rec.workflow.state),
                        rec.row.submittedAt.value_or(0),
                        nextStepText(ctx_, rec.workflow),
                        {},
                        true};
  if (!isEditable(rec.workflow.state))
    throw ServiceError(409, "not_editable",
                       "申请当前状态为「" + std::string(labelOf(rec.workflow.state)) + "」，不能提交");
  if (request.revision && *request.revision != rec.row.draftRevision) {
    ServiceError conflict(409, "draft_conflict",
                          "提交的草稿版本（" + std::to_string(*request.revision) + "）不是服务器上的最新版本（" +
                              std::to_string(rec.row.draftRevision) + "）：请先同步草稿");
    conflict.server = std::make_shared<api::DraftReply>(draftReply(rec));
    throw conflict;
  }
  return std::nullopt;
}

api::Receipt ApplicationService::submit(std::int64_t id, const CurrentUser& user, const api::SubmitRequest& body) {
  // Checks, validation and encoding run here, outside the write lock, on the case as loaded. Under the lock the
  // write first makes sure nothing it rests on changed meanwhile (else decides again on what is stored now),
  // then joins the next group commit: the receipt is answered only once its transaction is on disk.
  const Date today = ctx_.clock.today();
  auto rec = loadCase(ctx_, id);
  if (auto repeated = submissionGate(rec, user, body)) return *repeated;
  const auto prepared = prepareSubmission(rec, user, today);
  api::Receipt result;
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

api::VersionList ApplicationService::versions(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  return {versionInfos(id)};
}

api::VersionReply ApplicationService::version(std::int64_t id, int number, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  auto v = ctx_.store.version(id, number);
  if (!v) throw notFound("该申请没有第 " + std::to_string(number) + " 版");
  return {{v->version, v->receiptNo, v->submittedAt}, decodeStoredDocument(v->document)};
}

api::HistoryReply ApplicationService::history(std::int64_t id, const CurrentUser& user) {
  auto rec = loadCase(ctx_, id);
  requireView(rec, user);
  api::HistoryReply reply;
  for (const auto& a : ctx_.store.audit(id, 1000))
    reply.items.push_back({a.at, a.account, a.unitCode, unitName(ctx_, a.unitCode), a.event, a.fromState, a.toState,
                           a.comment, decodeActionDetail(a.detail)});
  reply.workflow = std::move(rec.workflow);
  return reply;
}

}  // namespace sxpool::services
