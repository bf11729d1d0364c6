#pragma once
// 指南第八条: the review process as a state machine. Every transition names the role and the jurisdiction (unit
// code) allowed to take it; anything else is refused with a Chinese reason. Pure: the date comes in the request.
#include <optional>
#include <string>
#include <vector>

#include "sxpool/application.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/date.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/management.hpp"
#include "sxpool/round.hpp"

namespace sxpool {

enum class WorkflowState {
  Draft,             // 草稿
  Returned,          // 退回修改 (applicant edits)
  AtCounty,          // 县级初审
  AtCity,            // 市级初审并推荐
  AtReformZone,      // 综改区初审并推荐
  AtDepartment,      // 省级主管部门初审并推荐
  AtProvince,        // 省工信厅审核 (可实地抽查)
  ProvinceApproved,  // 审核通过, 待公示
  InPublicity,       // 公示中
  ObjectionPending,  // 公示异议处理中
  Admitted,          // 已入库
  Rejected,          // 未通过
  Withdrawn,         // 已撤回
  Removed,           // 已移出资源库
};

template <>
struct EnumTable<WorkflowState> {
  static constexpr EnumEntry<WorkflowState> entries[] = {
      {WorkflowState::Draft, "draft", "草稿"},
      {WorkflowState::Returned, "returned", "退回修改"},
      {WorkflowState::AtCounty, "at_county", "县级初审中"},
      {WorkflowState::AtCity, "at_city", "市级初审中"},
      {WorkflowState::AtReformZone, "at_reform_zone", "综改区初审中"},
      {WorkflowState::AtDepartment, "at_department", "省级主管部门初审中"},
      {WorkflowState::AtProvince, "at_province", "省工信厅审核中"},
      {WorkflowState::ProvinceApproved, "province_approved", "审核通过待公示"},
      {WorkflowState::InPublicity, "in_publicity", "公示中"},
      {WorkflowState::ObjectionPending, "objection_pending", "公示异议处理中"},
      {WorkflowState::Admitted, "admitted", "已入库"},
      {WorkflowState::Rejected, "rejected", "未通过"},
      {WorkflowState::Withdrawn, "withdrawn", "已撤回"},
      {WorkflowState::Removed, "removed", "已移出资源库"},
  };
};

enum class Role {
  Applicant,
  CountyReviewer,
  CityReviewer,
  ReformZoneReviewer,
  DepartmentReviewer,
  ProvinceReviewer,
  Admin
};

template <>
struct EnumTable<Role> {
  static constexpr EnumEntry<Role> entries[] = {
      {Role::Applicant, "applicant", "申请机构"},
      {Role::CountyReviewer, "county", "县（市、区）中小企业主管部门"},
      {Role::CityReviewer, "city", "市工信局"},
      {Role::ReformZoneReviewer, "reform_zone", "山西综改区管委会"},
      {Role::DepartmentReviewer, "department", "省级主管部门"},
      {Role::ProvinceReviewer, "province", "省工信厅中小企业处"},
      {Role::Admin, "admin", "系统管理员"},
  };
};

enum class Action {
  Submit,
  Resubmit,
  Withdraw,  // applicant
  Pass,
  Return,
  Reject,  // the reviewer holding the application
  RecordSpotCheck,
  Publish,
  RaiseObjection,
  ResolveObjection,
  Admit,
  Remove,  // province
};

template <>
struct EnumTable<Action> {
  static constexpr EnumEntry<Action> entries[] = {
      {Action::Submit, "submit", "提交申请"},
      {Action::Resubmit, "resubmit", "修改后重新提交"},
      {Action::Withdraw, "withdraw", "撤回申请"},
      {Action::Pass, "pass", "审核通过"},
      {Action::Return, "return", "退回修改"},
      {Action::Reject, "reject", "不予通过"},
      {Action::RecordSpotCheck, "spot_check", "记录实地抽查"},
      {Action::Publish, "publish", "列入公示"},
      {Action::RaiseObjection, "raise_objection", "登记公示异议"},
      {Action::ResolveObjection, "resolve_objection", "处理公示异议"},
      {Action::Admit, "admit", "纳入资源库"},
      {Action::Remove, "remove", "移出资源库"},
  };
};

// Who acts: the role and the unit code of their jurisdiction (county/city code, kReformZoneUnitCode,
// "dept-…", kProvinceUnitCode). For an applicant the server checks ownership; unitCode is unused.
struct Actor {
  Role role = Role::Applicant;
  std::string unitCode;
  std::string userName;

  bool operator==(const Actor&) const;
};

struct FieldComment {
  std::string path;     // e.g. "basic.uscc", "staff[3].title"; "" = the application as a whole
  std::string comment;  // what to correct

  bool operator==(const FieldComment&) const;
};

struct SpotCheck {  // 实地抽查 record (第八条(三))
  Date date;
  std::string inspectors;
  std::string result;
  bool passed = true;

  bool operator==(const SpotCheck&) const;
};

struct Objection {  // 公示异议
  Date raisedOn;
  std::string content;
  bool resolved = false;
  bool upheld = false;
  std::string resolution;
  std::optional<Date> resolvedOn;

  bool operator==(const Objection&) const;
};

struct HistoryEntry {  // who, when, what, why
  Date date;
  Action action = Action::Submit;
  Actor actor;
  WorkflowState from = WorkflowState::Draft;
  WorkflowState to = WorkflowState::Draft;
  std::string reason;
  std::vector<FieldComment> comments;

  bool operator==(const HistoryEntry&) const;
};

struct WorkflowCase {
  WorkflowState state = WorkflowState::Draft;
  Routing routing;                            // as submitted
  std::optional<WorkflowState> returnedFrom;  // review stage that returned it
  std::vector<FieldComment> openComments;     // comments of the latest return, until resubmission
  std::string recommendation;                 // 推荐意见 of the city / 综改区 / 省级主管部门
  std::string decisionReason;                 // rejection / withdrawal / removal reason
  std::optional<RemovalReason> removalReason;
  std::vector<SpotCheck> spotChecks;
  std::optional<Date> submittedOn;
  std::optional<Date> publicityStart;
  std::optional<Date> publicityEnd;  // fifth working day, inclusive
  std::vector<Objection> objections;
  std::optional<Date> admittedOn;
  std::optional<Date> closedOn;  // rejected / withdrawn / removed
  std::vector<HistoryEntry> history;

  bool operator==(const WorkflowCase&) const;
};

struct ActionRequest {
  Action action = Action::Submit;
  Actor actor;
  Date date;                                   // today
  std::string reason;                          // reject, withdraw (optional), remove, objection content, resolution
  std::vector<FieldComment> comments;          // return
  std::string recommendation;                  // pass by city / 综改区 / 省级主管部门: 推荐意见 (required)
  std::optional<SpotCheck> spotCheck;          // record spot check
  Routing routing;                             // submit / resubmit: the application's routing now
  bool objectionUpheld = false;                // resolve objection
  std::optional<RemovalReason> removalReason;  // remove
};

struct WorkflowOutcome {
  std::optional<WorkflowCase> next;
  std::string refusal;  // Chinese, set when refused
  bool ok() const { return next.has_value(); }
};

// nullopt when allowed, otherwise the reason it is refused.
std::optional<std::string> canApply(const WorkflowCase& c, const ActionRequest& request, const RoundSettings& round,
                                    const WorkingCalendar& calendar = WorkingCalendar::builtin());
WorkflowOutcome apply(const WorkflowCase& c, const ActionRequest& request, const RoundSettings& round,
                      const WorkingCalendar& calendar = WorkingCalendar::builtin());

// Actions the actor's role and jurisdiction allow in this state (payload checks such as a missing reason are
// left to canApply). For buttons.
std::vector<Action> availableActions(const WorkflowCase& c, const Actor& actor);

// Jurisdiction (requirements.md §4): a county sees its own applications, a city its 市本级 ones and those its
// counties passed, the province everything past the city-level step. Applicant ownership is the server's check.
bool canView(const WorkflowCase& c, const Actor& actor);

// The unit code currently holding the case (reviewers), "" when with the applicant or closed.
std::string holdingUnit(const WorkflowCase& c);
// The first review stage for a routing; nullopt when the routing is incomplete. `why` gets the reason.
std::optional<WorkflowState> firstReviewState(const Routing& routing, std::string* why = nullptr);
bool isReviewState(WorkflowState s);
bool isClosedState(WorkflowState s);

}  // namespace sxpool
