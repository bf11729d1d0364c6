#include "services/case_records.hpp"

#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/json.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {

Application decodeStoredDocument(const std::string& json) { return decodeApplication(json).value; }

std::vector<Material> currentMaterials(AppContext& ctx, std::int64_t applicationId) {
  std::vector<Material> out;
  for (const auto& a : ctx.store.attachments(applicationId, false)) {
    Material m;
    m.kind = fromCode<MaterialKind>(a.material).value_or(MaterialKind::OtherEvidence);
    m.fileName = a.fileName;
    m.sizeBytes = a.size;
    m.contentType = a.contentType;
    m.sha256 = a.sha256;
    out.push_back(std::move(m));
  }
  return out;
}

CaseRecord loadCase(AppContext& ctx, std::int64_t id) {
  auto row = ctx.store.application(id);
  if (!row) throw notFound("申请 " + std::to_string(id) + " 不存在：请检查编号");
  CaseRecord rec;
  rec.row = std::move(*row);
  rec.workflow = decodeWorkflowCase(nlohmann::json::parse(rec.row.workflow)).value;
  rec.draft = decodeStoredDocument(rec.row.draft);
  rec.draft.materials = currentMaterials(ctx, id);
  return rec;
}

bool mayView(const CaseRecord& rec, const CurrentUser& user) {
  if (user.role == Role::Applicant) return rec.row.ownerId == user.user.id;
  return canView(rec.workflow, user.actor());
}

void requireView(const CaseRecord& rec, const CurrentUser& user) {
  if (!mayView(rec, user))
    throw forbidden(user.role == Role::Applicant ? "这不是您单位的申请，无权查看"
                                                 : "该申请不在您所在单位的管辖范围内（属地原则），无权查看或办理");
}

void copyQueueColumns(store::ApplicationRow& row, const Application& doc) {
  row.name = doc.basic.name;
  row.uscc = doc.basic.uscc;
  row.routingKind = std::string(codeOf(doc.routing.kind));
  row.routingUnit = doc.routing.unitCode;
  row.countyCode = doc.routing.kind == RoutingKind::County ? doc.routing.unitCode : "";
  row.cityCode = doc.routing.kind == RoutingKind::Unset ? "" : recommendingUnitOf(doc.routing);
  std::string directions = ",";
  for (auto d : doc.basic.directions) directions += std::string(codeOf(d)) + ",";
  row.directions = directions == "," ? "" : directions;
}

std::vector<std::string> viewerUnits(const WorkflowCase& c) {
  std::vector<std::string> candidates = {c.routing.unitCode, recommendingUnitOf(c.routing),
                                         std::string(kProvinceUnitCode)};
  std::vector<std::string> out;
  for (const auto& unit : candidates) {
    if (unit.empty()) continue;
    auto role = reviewerRoleOfUnit(unit);
    if (role && canView(c, Actor{*role, unit, ""}) && std::find(out.begin(), out.end(), unit) == out.end())
      out.push_back(unit);
  }
  return out;
}

nlohmann::json stateJson(WorkflowState state) {
  return {{"code", std::string(codeOf(state))}, {"label", std::string(labelOf(state))}};
}

std::string nextStepText(AppContext& ctx, const WorkflowCase& c) {
  const std::string holder = holdingUnit(c);
  switch (c.state) {
    case WorkflowState::AtCounty:
    case WorkflowState::AtCity:
    case WorkflowState::AtReformZone:
    case WorkflowState::AtDepartment:
    case WorkflowState::AtProvince:
      return "已提交至" + unitName(ctx, holder) + "（" + std::string(labelOf(c.state)) +
             "），请留意站内消息中的审核结果";
    case WorkflowState::Returned: return "申请被退回修改：请按审核意见修改后重新提交";
    case WorkflowState::ProvinceApproved: return "省工信厅审核通过，等待列入公示";
    case WorkflowState::InPublicity:
      return "公示中" + (c.publicityEnd ? "，公示期至" + formatDateChinese(*c.publicityEnd) : std::string());
    case WorkflowState::ObjectionPending: return "公示期间收到异议，正在核查处理";
    case WorkflowState::Admitted: return "已纳入山西省优质中小企业服务资源库";
    default: return std::string(labelOf(c.state));
  }
}

void recordTransition(AppContext& ctx, CaseRecord& rec, const WorkflowCase& next, Action action, const CurrentUser& by,
                      const std::string& comment) {
  const std::int64_t now = ctx.clock.now();
  const WorkflowState from = rec.workflow.state;
  rec.workflow = next;
  rec.row.state = std::string(codeOf(next.state));
  rec.row.holdingUnit = holdingUnit(next);
  rec.row.workflow = workflowCaseToJson(next).dump();
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
  audit.detail = nlohmann::json{{"comments", fieldCommentsToJson(last.comments)}}.dump();
  ctx.store.appendAudit(audit);

  store::InboxRow inbox;
  inbox.userId = rec.row.ownerId;
  inbox.applicationId = rec.row.id;
  inbox.at = now;
  inbox.title =
      std::string(labelOf(action)) + "：" + std::string(labelOf(from)) + " → " + std::string(labelOf(next.state));
  inbox.body = (comment.empty() ? "" : comment + "\n") + nextStepText(ctx, next);
  inbox.comments = fieldCommentsToJson(last.comments).dump();
  ctx.store.insertInbox(inbox);
}

nlohmann::json materialJson(const store::AttachmentRow& a, std::int64_t applicationId) {
  const auto kind = fromCode<MaterialKind>(a.material);
  return {{"id", a.id},
          {"kind", a.material},
          {"kindLabel", kind ? std::string(labelOf(*kind)) : std::string()},
          {"fileName", a.fileName},
          {"sizeBytes", a.size},
          {"contentType", a.contentType},
          {"sha256", a.sha256},
          {"uploadedAt", a.uploadedAt},
          {"removed", a.removedAt.has_value()},
          {"url", "/api/v1/applications/" + std::to_string(applicationId) + "/files/" + a.sha256}};
}

}  // namespace sxpool::services
