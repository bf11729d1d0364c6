// The words of the review dialogs: what will happen to how many applications, and what is still missing.
#include <optional>

#include "app/app.hpp"
#include "app/reviewer_flow.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/text.hpp"

namespace sxpool::web {
namespace {

std::optional<Date> parsedDate(const std::string& text) {
  auto d = parseDate(trimmed(text));
  if (!d || !d->valid()) return std::nullopt;
  return d;
}

// Where a pass sends an application (指南第八条).
std::string passTarget(WorkflowState s) {
  switch (s) {
    case WorkflowState::AtCounty: return "市级初审";
    case WorkflowState::AtCity:
    case WorkflowState::AtReformZone:
    case WorkflowState::AtDepartment: return "省工信厅审核";
    case WorkflowState::AtProvince: return "审核通过、待公示";
    default: return "下一审核环节";
  }
}

}  // namespace

std::optional<Date> parsedFormDate(const std::string& text) { return parsedDate(text); }

std::string ReviewerFlow::nameOf(std::int64_t id) const {
  const auto& r = app_.reviewer;
  if (r.open.detail && r.open.detail->id == id) return r.open.detail->name;
  if (r.queue)
    for (const auto& item : r.queue->items)
      if (item.id == id) return item.name;
  return "申请 " + std::to_string(id);
}

std::string ReviewerFlow::subject() const {
  const auto& ids = app_.reviewer.form.ids;
  if (ids.size() == 1) return "「" + nameOf(ids[0]) + "」（共 1 份申请）";
  return "选中的 " + std::to_string(ids.size()) + " 份申请";
}

std::string ReviewerFlow::publicityEndText() const {
  const auto start = parsedDate(app_.reviewer.form.publicityDate);
  if (!start) return {};
  const auto end = app_.reviewer.calendar.nthWorkingDay(*start, app_.reviewer.publicityWorkingDays);
  return end.ok() ? formatDate(*end.date) : std::string();
}

std::string ReviewerFlow::missingInput() const {
  const auto& f = app_.reviewer.form;
  const auto& r = app_.reviewer;
  const bool recommending = r.open.detail && (r.open.detail->state.code == WorkflowState::AtCity ||
                                              r.open.detail->state.code == WorkflowState::AtReformZone ||
                                              r.open.detail->state.code == WorkflowState::AtDepartment);
  switch (f.dialog) {
    case ReviewDialog::Pass:
      if (recommending && isBlank(f.recommendation)) return "请填写推荐意见（申请表“市级（综改区）推荐部门意见”）";
      return {};
    case ReviewDialog::Return:
      if (r.open.comments.empty()) return "请先在申请内容中选择字段并写下修改意见（可写多条），再退回";
      return {};
    case ReviewDialog::BulkReturn:
      if (isBlank(f.reason)) return "请填写退回意见：申请机构需要修改什么";
      return {};
    case ReviewDialog::Reject:
      if (isBlank(f.reason)) return "请填写不予通过的理由（不符合指南哪项条件）";
      return {};
    case ReviewDialog::SpotCheck:
      if (!parsedDate(f.spotDate)) return "请按 YYYY-MM-DD 填写抽查日期";
      if (isBlank(f.spotResult)) return "请填写抽查结果";
      return {};
    case ReviewDialog::Publish:
      if (!parsedDate(f.publicityDate)) return "请按 YYYY-MM-DD 填写公示开始日期";
      if (publicityEndText().empty()) {  // a year without a loaded calendar: say which to load
        const auto end = r.calendar.nthWorkingDay(*parsedDate(f.publicityDate), r.publicityWorkingDays);
        return end.error.empty() ? "无法按节假日安排计算该日期的公示截止日，请换一个日期" : end.error;
      }
      return {};
    case ReviewDialog::RaiseObjection:
      if (isBlank(f.reason)) return "请填写异议内容：反映人提出的具体问题";
      return {};
    case ReviewDialog::ResolveObjection:
      if (isBlank(f.reason)) return "请填写处理意见：核实情况以及异议是否成立";
      return {};
    default: return {};
  }
}

std::string ReviewerFlow::confirmationText() const {
  const auto& f = app_.reviewer.form;
  const auto& r = app_.reviewer;
  const WorkflowState state = r.open.detail ? r.open.detail->state.code : WorkflowState::AtCounty;
  switch (f.dialog) {
    case ReviewDialog::None: return {};
    case ReviewDialog::Pass: return "将" + subject() + "审核通过，转至" + passTarget(state) + "。";
    case ReviewDialog::BulkPass:
      return "将选中的 " + std::to_string(f.ids.size()) +
             " 份申请审核通过，各自转至下一审核环节（每份单独办理，未能通过的逐一列出原因）。";
    case ReviewDialog::Return:
      return "将" + subject() + "退回申请机构修改，附 " + std::to_string(r.open.comments.size()) +
             " 条审核意见；申请机构修改后重新提交，将回到本环节审核。";
    case ReviewDialog::BulkReturn:
      return "将选中的 " + std::to_string(f.ids.size()) + " 份申请退回申请机构修改，附上述退回意见。";
    case ReviewDialog::Reject: return "将" + subject() + "不予通过，审核结束，申请机构将收到理由。此操作不可撤销。";
    case ReviewDialog::SpotCheck: return "为" + subject() + "记录一次实地抽查，状态不变。";
    case ReviewDialog::Publish: {
      const std::string end = publicityEndText();
      return "将" + subject() + "列入公示：公示期 " + std::string(trimmed(f.publicityDate)) + " 至 " +
             (end.empty() ? "？" : end) + "（" + std::to_string(r.publicityWorkingDays) +
             " 个工作日，已按法定节假日安排计算）。";
    }
    case ReviewDialog::RaiseObjection: return "为" + subject() + "登记公示异议，申请转为“公示异议处理中”。";
    case ReviewDialog::ResolveObjection:
      return f.objectionUpheld ? "异议成立：" + subject() + "将不予通过，审核结束。"
                               : "异议不成立：" + subject() + "回到公示中，公示日期不变。";
    case ReviewDialog::Admit: return "将" + subject() + "纳入山西省优质中小企业服务资源库。";
    case ReviewDialog::Remove: return "将" + subject() + "移出资源库（指南第十至十二条）。此操作不可撤销。";
  }
  return {};
}

}  // namespace sxpool::web
