#include "services/case_records.hpp"

#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/json.hpp"
#include "sxpool/next_step.hpp"
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
  rec.workflow = decodeWorkflowCaseText(rec.row.workflow).value;
  auto saved = ctx.drafts.find(id, rec.row.draft);  // the draft as saved last, if that is still the stored text
  rec.draft = saved ? std::move(*saved) : decodeStoredDocument(rec.row.draft);
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

std::string nextStepText(AppContext& ctx, const WorkflowCase& c) {
  return sxpool::nextStepText(c, unitName(ctx, holdingUnit(c)), ctx.clock.today());
}

}  // namespace sxpool::services
