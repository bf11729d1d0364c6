// 指南第十一条: major changes (更名, 合并, 重组, 迁移, other) reported by the institution within 3 months of the
// change, verified by the unit that routed its application (the city, 综改区 or 省级主管部门): accepted — the record
// updates and the change report keeps what it was — or a removal proposal for the province.
#include "services/case_records.hpp"
#include "services/report_service.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/text.hpp"

namespace sxpool::services {
namespace {

std::string changeStateLabel(const std::string& state) {
  if (state == "accepted") return "已核实，信息已更新";
  if (state == "removal_proposed") return "已建议移出资源库";
  return "待核实";
}

bool isVerifierRole(Role role) {
  return role == Role::CityReviewer || role == Role::ReformZoneReviewer || role == Role::DepartmentReviewer;
}

}  // namespace

api::ChangeReportView ReportService::changeView(const store::ChangeReportRow& r) {
  api::ChangeReportView v;
  v.id = r.id;
  v.applicationId = r.applicationId;
  if (auto app = ctx_.store.application(r.applicationId)) {
    v.name = app->name;
    v.uscc = app->uscc;
  }
  v.content.kind = fromCode<ChangeKind>(r.kind).value_or(ChangeKind::Other);
  v.content.changeDate = parseDate(r.changeDate).value_or(Date{});
  v.content.description = r.description;
  v.content.newName = r.newName;
  v.content.newAddress = r.newAddress;
  v.filedOn = parseDate(r.filedOn).value_or(Date{});
  v.dueOn = parseDate(r.dueOn).value_or(Date{});
  v.overdue = v.dueOn < v.filedOn;
  v.oldName = r.oldName;
  v.oldAddress = r.oldAddress;
  v.reviewUnit = r.reviewUnit;
  v.reviewUnitName = unitName(ctx_, r.reviewUnit);
  v.state = r.state;
  v.stateLabel = changeStateLabel(r.state);
  if (r.decidedOn) v.decidedOn = parseDate(*r.decidedOn);
  v.decisionNote = r.decisionNote;
  return v;
}

api::ChangeReportView ReportService::fileChangeReport(std::int64_t applicationId, const CurrentUser& user,
                                                      const api::ChangeReportBody& body) {
  const Date today = ctx_.clock.today();
  store::ChangeReportRow row;
  ctx_.store.transaction([&] {
    auto rec = loadCase(ctx_, applicationId);
    if (user.role != Role::Applicant || rec.row.ownerId != user.user.id)
      throw forbidden("重大变化由入库机构本身报告（指南第十一条）：请以该机构的账号登录后报告");
    if (rec.workflow.state != WorkflowState::Admitted)
      throw ServiceError(409, "not_admitted", "该申请当前不在服务资源库中，无需报告重大变化");
    if (today < body.changeDate)
      throw ServiceError(422, "bad_change_date",
                         "变化日期不能晚于今天（" + formatDate(today) + "）：请在变化发生后报告",
                         {fieldError("changeDate", "不能晚于今天")});
    row.applicationId = applicationId;
    row.kind = std::string(codeOf(body.kind));
    row.changeDate = formatDate(body.changeDate);
    row.filedOn = formatDate(today);
    row.dueOn = formatDate(changeReportDeadline(body.changeDate, ctx_.rounds.current()));
    row.description = body.description;
    row.newName = std::string(trimmed(body.newName));
    row.newAddress = std::string(trimmed(body.newAddress));
    row.oldName = rec.draft.basic.name;
    row.oldAddress = rec.draft.basic.address;
    row.reviewUnit = recommendingUnitOf(rec.workflow.routing);
    row.filedBy = user.user.id;
    row.createdAt = ctx_.clock.now();
    row.id = ctx_.store.insertChangeReport(row);
    const bool late = !isChangeReportOnTime(body.changeDate, today, ctx_.rounds.current());
    audit(user, "change_report", applicationId,
          "报告重大变化（" + std::string(labelOf(body.kind)) + "，" + row.changeDate + "）" +
              (late ? "，已超过3个月报告期限（应于" + row.dueOn + "前报告）" : ""));
  });
  return changeView(row);
}

api::ChangeReportList ReportService::changeReports(const CurrentUser& user) {
  if (user.role == Role::Applicant) throw forbidden("本机构的重大变化报告请在首页查看");
  api::ChangeReportList out;
  for (const auto& r : ctx_.store.changeReports(std::nullopt)) {
    bool visible =
        user.role == Role::Admin || user.role == Role::ProvinceReviewer || r.reviewUnit == user.user.unitCode;
    if (!visible && user.role == Role::CountyReviewer)
      if (auto rec = ctx_.store.application(r.applicationId)) visible = rec->countyCode == user.user.unitCode;
    if (visible) out.items.push_back(changeView(r));
  }
  return out;
}

api::ChangeReportView ReportService::decideChange(std::int64_t changeId, const CurrentUser& user,
                                                  const api::ChangeDecisionBody& body) {
  const Date today = ctx_.clock.today();
  store::ChangeReportRow row;
  ctx_.store.transaction([&] {
    auto found = ctx_.store.changeReport(changeId);
    if (!found) throw notFound("没有编号为" + std::to_string(changeId) + "的重大变化报告");
    row = *found;
    if (!isVerifierRole(user.role) || user.user.unitCode != row.reviewUnit)
      throw forbidden("重大变化由推荐该机构的单位（" + unitName(ctx_, row.reviewUnit) + "）核实（指南第十一条）");
    if (row.state != "pending")
      throw ServiceError(
          409, "already_decided",
          "该报告已于" + row.decidedOn.value_or("") + "核实（" + changeStateLabel(row.state) + "），不能再次处理");
    auto rec = loadCase(ctx_, row.applicationId);
    if (rec.workflow.state != WorkflowState::Admitted)
      throw ServiceError(409, "not_admitted", "该机构已不在服务资源库中，报告无需再核实");
    row.decidedBy = user.user.id;
    row.decidedOn = formatDate(today);
    row.decisionNote = body.note;
    if (body.decision == "accept") {
      // The record updates; the report keeps the name and address before the change (history).
      row.state = "accepted";
      row.oldName = rec.draft.basic.name;
      row.oldAddress = rec.draft.basic.address;
      if (!row.newName.empty()) rec.draft.basic.name = row.newName;
      if (!row.newAddress.empty()) rec.draft.basic.address = row.newAddress;
      rec.row.name = rec.draft.basic.name;
      auto doc = rec.draft;
      doc.materials.clear();
      rec.row.draft = encodeApplication(doc);
      rec.row.updatedAt = ctx_.clock.now();
      ctx_.store.updateApplication(rec.row);
      audit(user, "change_report_accepted", row.applicationId,
            "核实重大变化（" + std::string(labelOf(fromCode<ChangeKind>(row.kind).value_or(ChangeKind::Other))) +
                "）：" + (row.newName.empty() ? "" : "名称“" + row.oldName + "”→“" + row.newName + "”；") +
                (row.newAddress.empty() ? "" : "地址“" + row.oldAddress + "”→“" + row.newAddress + "”；") + body.note);
      notifyOwner(rec.row, "重大变化报告已核实",
                  "您报告的重大变化已由" + unitName(ctx_, row.reviewUnit) + "核实，机构信息已更新");
    } else {
      row.state = "removal_proposed";
      store::RemovalProposalRow proposal;
      proposal.applicationId = row.applicationId;
      proposal.source = "change_report";
      proposal.basis = std::to_string(row.id);
      proposal.reason = std::string(codeOf(RemovalReason::NoLongerEligible));
      proposal.proposedOn = formatDate(today);
      proposal.proposedBy = user.user.id;
      proposal.note = body.note;
      ctx_.store.insertRemovalProposal(proposal);
      audit(user, "change_report_removal_proposed", row.applicationId, "重大变化核实后建议移出资源库：" + body.note);
      notifyOwner(
          rec.row, "重大变化核实：建议移出资源库",
          unitName(ctx_, row.reviewUnit) + "核实后认为贵机构不再符合入库条件，已建议省工信厅移出资源库：" + body.note);
    }
    ctx_.store.updateChangeReport(row);
  });
  ctx_.generation++;
  return changeView(row);
}

}  // namespace sxpool::services
