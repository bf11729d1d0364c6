#include "sxpool/next_step.hpp"

#include "sxpool/date.hpp"

namespace sxpool {

std::string publicityText(const WorkflowCase& c, std::optional<Date> today) {
  if (!c.publicityStart || !c.publicityEnd) return {};
  const std::string start = formatDateChinese(*c.publicityStart), end = formatDateChinese(*c.publicityEnd);
  if (today && *today < *c.publicityStart) return "公示将于" + start + "开始，至" + end + "结束";
  return "公示中（" + start + "至" + end + "）";
}

std::string nextStepText(const WorkflowCase& c, std::string_view holdingUnitName, std::optional<Date> today) {
  switch (c.state) {
    case WorkflowState::AtCounty:
    case WorkflowState::AtCity:
    case WorkflowState::AtReformZone:
    case WorkflowState::AtDepartment:
    case WorkflowState::AtProvince:
      return "已提交至" + std::string(holdingUnitName) + "（" + std::string(labelOf(c.state)) +
             "），请留意站内消息中的审核结果";
    case WorkflowState::Returned: return "申请被退回修改：请按审核意见修改后重新提交";
    case WorkflowState::ProvinceApproved: return "省工信厅审核通过，等待列入公示";
    case WorkflowState::InPublicity:
      if (c.publicityStart && c.publicityEnd) return publicityText(c, today);
      return "公示中" + (c.publicityEnd ? "，公示期至" + formatDateChinese(*c.publicityEnd) : std::string());
    case WorkflowState::ObjectionPending: return "公示期间收到异议，正在核查处理";
    case WorkflowState::Admitted: return "已纳入山西省优质中小企业服务资源库";
    case WorkflowState::Draft:
      return "继续填写申请书：按左侧步骤逐项填写、上传必传材料，勾选承诺与声明后点「提交申请」";
    case WorkflowState::Rejected:
      return "申请未通过" + (c.decisionReason.empty() ? std::string() : "（" + c.decisionReason + "）") +
             "：本年度不能再提交；如有疑问，请联系属地主管部门";
    case WorkflowState::Withdrawn: return "申请已撤回，审核已停止；如需重新申请，请联系属地主管部门";
    case WorkflowState::Removed:
      return "已移出资源库" + (c.decisionReason.empty() ? std::string() : "（" + c.decisionReason + "）") +
             "；如有疑问，请联系省工信厅";
  }
  return {};  // every state is handled above; an out-of-range value reads as no next step
}

}  // namespace sxpool
