// 指南第八条 review process. Checks run in a fixed order: state, role, jurisdiction, date, payload.
#include "sxpool/workflow.hpp"

#include <algorithm>

#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/text.hpp"
#include "sxpool/validation.hpp"

namespace sxpool {
namespace {

using S = WorkflowState;

constexpr S kReviewStates[] = {S::AtCounty, S::AtCity, S::AtReformZone, S::AtDepartment, S::AtProvince};

bool oneOf(S s, std::initializer_list<S> set) { return std::find(set.begin(), set.end(), s) != set.end(); }

bool allowedIn(Action a, S s) {
  switch (a) {
    case Action::Submit: return s == S::Draft;
    case Action::Resubmit: return s == S::Returned;
    case Action::Withdraw: return s == S::Returned || isReviewState(s);
    case Action::Pass:
    case Action::Return:
    case Action::Reject: return isReviewState(s);
    case Action::RecordSpotCheck: return s == S::AtProvince;
    case Action::Publish: return s == S::ProvinceApproved;
    case Action::RaiseObjection: return s == S::InPublicity;
    case Action::ResolveObjection: return s == S::ObjectionPending;
    case Action::Admit: return s == S::InPublicity;
    case Action::Remove: return s == S::Admitted;
  }
  return false;
}

// The role that holds a review state.
Role reviewerOf(S s) {
  switch (s) {
    case S::AtCounty: return Role::CountyReviewer;
    case S::AtCity: return Role::CityReviewer;
    case S::AtReformZone: return Role::ReformZoneReviewer;
    case S::AtDepartment: return Role::DepartmentReviewer;
    default: return Role::ProvinceReviewer;
  }
}

Role requiredRole(const WorkflowCase& c, Action a) {
  switch (a) {
    case Action::Submit:
    case Action::Resubmit:
    case Action::Withdraw: return Role::Applicant;
    case Action::Pass:
    case Action::Return:
    case Action::Reject: return reviewerOf(c.state);
    default: return Role::ProvinceReviewer;
  }
}

std::string unitName(const std::string& code, const Routing& routing) {
  if (code == routing.unitCode && !routing.unitName.empty()) return routing.unitName;
  const std::string name = Divisions::instance().nameOf(code);
  return name.empty() ? code : name;
}

bool reachedProvince(const WorkflowCase& c) {
  return std::any_of(c.history.begin(), c.history.end(), [](const HistoryEntry& h) { return h.to == S::AtProvince; });
}

bool passedFrom(const WorkflowCase& c, std::initializer_list<S> from) {
  return std::any_of(c.history.begin(), c.history.end(),
                     [&](const HistoryEntry& h) { return h.action == Action::Pass && oneOf(h.from, from); });
}

std::string label(Action a) { return "「" + std::string(labelOf(a)) + "」"; }
std::string label(S s) { return "「" + std::string(labelOf(s)) + "」"; }

// State, role and jurisdiction: what availableActions needs.
std::optional<std::string> structuralRefusal(const WorkflowCase& c, Action a, const Actor& actor) {
  if (!allowedIn(a, c.state)) {
    if (a == Action::Withdraw && c.state == S::Draft)
      return std::string("申请尚未提交，无需撤回；如不再申请，可直接删除草稿");
    if (a == Action::Withdraw)
      return "申请当前状态为" + label(c.state) + "，省工信厅已作出审核决定或流程已结束，不能再撤回";
    if (a == Action::Admit && c.state == S::ObjectionPending)
      return std::string("公示期间收到的异议尚未处理，请先处理异议再决定是否纳入资源库");
    return "申请当前状态为" + label(c.state) + "，不能执行" + label(a);
  }
  const Role role = requiredRole(c, a);
  if (actor.role != role)
    return label(a) + "只能由" + std::string(labelOf(role)) + "执行，当前用户角色为" + std::string(labelOf(actor.role));
  if (role == Role::Applicant) return std::nullopt;  // ownership: the server's check
  const std::string expected = role == Role::ProvinceReviewer ? std::string(kProvinceUnitCode) : holdingUnit(c);
  if (actor.unitCode != expected)
    return "该申请当前由" + unitName(expected, c.routing) + "办理，不在您所在单位（" +
           unitName(actor.unitCode, c.routing) + "）的管辖范围内；如属地有误，应由当前办理单位退回申请人更正";
  return std::nullopt;
}

std::optional<S> resubmitTarget(const WorkflowCase& c, const Routing& routing, std::string* why = nullptr) {
  if (!(routing == c.routing) || !c.returnedFrom) return firstReviewState(routing, why);
  return c.returnedFrom;
}

std::optional<std::string> payloadRefusal(const WorkflowCase& c, const ActionRequest& r, const RoundSettings& round,
                                          const WorkingCalendar& calendar) {
  const bool late = round.enforceDeadline && r.date > round.deadline;
  const std::string deadline = formatDate(round.deadline);
  switch (r.action) {
    case Action::Submit: {
      std::string why;
      if (!firstReviewState(r.routing, &why)) return why;
      if (late) return "本轮申报已于" + deadline + "截止，不能再提交申请；请关注下一年度的征集通知";
      return std::nullopt;
    }
    case Action::Resubmit: {
      std::string why;
      const auto target = resubmitTarget(c, r.routing, &why);
      if (!target) return why;
      if (late && *target != S::AtProvince && !reachedProvince(c))
        return "本轮推荐材料须于" + deadline + "前报送省工信厅，已超过截止日期，不能再重新提交";
      return std::nullopt;
    }
    case Action::Pass:
      if (oneOf(c.state, {S::AtCity, S::AtReformZone, S::AtDepartment})) {
        if (isBlank(r.recommendation))
          return std::string("请填写「推荐意见」：市级（综改区、省级主管部门）初审通过时须提出推荐意见");
        if (late && !reachedProvince(c)) return "本轮推荐材料须于" + deadline + "前报送省工信厅，已超过截止日期";
      }
      return std::nullopt;
    case Action::Return: {
      if (r.comments.empty() && isBlank(r.reason))
        return std::string("退回修改须说明需要修改的内容：请至少针对一个字段填写修改意见，或填写退回理由");
      for (const auto& fc : r.comments)
        if (isBlank(fc.comment))
          return "对字段" + (fc.path.empty() ? std::string("（整体）") : fieldLabel(fc.path)) +
                 "的修改意见为空，请填写需要如何修改";
      return std::nullopt;
    }
    case Action::Reject:
      if (isBlank(r.reason)) return std::string("不予通过须填写理由，请说明不符合指南哪项条件");
      return std::nullopt;
    case Action::RecordSpotCheck:
      if (!r.spotCheck || isBlank(r.spotCheck->result)) return std::string("请填写实地抽查记录的「抽查结果」");
      if (!r.spotCheck->date.valid() || r.spotCheck->date > r.date)
        return std::string("实地抽查日期无效或晚于今天，请填写实际抽查日期");
      return std::nullopt;
    case Action::Publish: {
      const auto end = calendar.nthWorkingDay(r.date, round.publicityWorkingDays);
      if (!end.ok()) return "无法计算公示截止日期：" + end.error;
      return std::nullopt;
    }
    case Action::RaiseObjection:
      if (isBlank(r.reason)) return std::string("请填写「异议内容」：反映人提出的具体问题");
      if (c.publicityStart && c.publicityEnd && (r.date < *c.publicityStart || r.date > *c.publicityEnd))
        return "公示期为" + formatDate(*c.publicityStart) + "至" + formatDate(*c.publicityEnd) +
               "，公示期外的异议不予登记";
      return std::nullopt;
    case Action::ResolveObjection:
      if (isBlank(r.reason)) return std::string("请填写「处理意见」：说明核实情况以及异议是否成立");
      return std::nullopt;
    case Action::Admit:
      if (c.publicityEnd && r.date <= *c.publicityEnd)
        return (c.publicityStart ? "公示期为" + formatDate(*c.publicityStart) + "至" : std::string("公示期至")) +
               formatDate(*c.publicityEnd) + "（第" + std::to_string(round.publicityWorkingDays) +
               "个工作日），公示结束前不能纳入资源库，请在" + formatDate(c.publicityEnd->addDays(1)) + "及以后办理";
      return std::nullopt;
    case Action::Remove:
      if (!r.removalReason) return std::string("请选择移出原因（指南第十、十一、十二条）");
      return std::nullopt;
    case Action::Withdraw: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool Actor::operator==(const Actor& o) const {
  return role == o.role && unitCode == o.unitCode && userName == o.userName;
}
bool FieldComment::operator==(const FieldComment& o) const { return path == o.path && comment == o.comment; }
bool SpotCheck::operator==(const SpotCheck& o) const {
  return date == o.date && inspectors == o.inspectors && result == o.result && passed == o.passed;
}
bool Objection::operator==(const Objection& o) const {
  return raisedOn == o.raisedOn && content == o.content && resolved == o.resolved && upheld == o.upheld &&
         resolution == o.resolution && resolvedOn == o.resolvedOn;
}
bool HistoryEntry::operator==(const HistoryEntry& o) const {
  return date == o.date && action == o.action && actor == o.actor && from == o.from && to == o.to &&
         reason == o.reason && comments == o.comments;
}
bool WorkflowCase::operator==(const WorkflowCase& o) const {
  return state == o.state && routing == o.routing && returnedFrom == o.returnedFrom && openComments == o.openComments &&
         recommendation == o.recommendation && decisionReason == o.decisionReason && removalReason == o.removalReason &&
         spotChecks == o.spotChecks && submittedOn == o.submittedOn && publicityStart == o.publicityStart &&
         publicityEnd == o.publicityEnd && objections == o.objections && admittedOn == o.admittedOn &&
         closedOn == o.closedOn && history == o.history;
}

bool isReviewState(WorkflowState s) {
  return std::find(std::begin(kReviewStates), std::end(kReviewStates), s) != std::end(kReviewStates);
}
bool isClosedState(WorkflowState s) { return oneOf(s, {S::Rejected, S::Withdrawn, S::Removed}); }

std::optional<WorkflowState> firstReviewState(const Routing& routing, std::string* why) {
  const std::string problem = routingProblem(routing);
  if (!problem.empty()) {
    if (why) *why = problem;
    return std::nullopt;
  }
  switch (routing.kind) {
    case RoutingKind::County: return S::AtCounty;
    case RoutingKind::City: return S::AtCity;
    case RoutingKind::ReformZone: return S::AtReformZone;
    case RoutingKind::ProvincialDepartment: return S::AtDepartment;
    case RoutingKind::Unset: break;
  }
  return std::nullopt;
}

std::string holdingUnit(const WorkflowCase& c) {
  switch (c.state) {
    case S::AtCounty:
    case S::AtReformZone:
    case S::AtDepartment: return c.routing.unitCode;
    case S::AtCity: return recommendingUnitOf(c.routing);
    case S::AtProvince:
    case S::ProvinceApproved:
    case S::InPublicity:
    case S::ObjectionPending: return std::string(kProvinceUnitCode);
    default: return {};
  }
}

std::optional<std::string> canApply(const WorkflowCase& c, const ActionRequest& r, const RoundSettings& round,
                                    const WorkingCalendar& calendar) {
  if (auto refusal = structuralRefusal(c, r.action, r.actor)) return refusal;
  if (!r.date.valid()) return std::string("操作日期无效，请检查系统日期");
  // 指南第八条(四): an admission or objection outside the 公示 period names the period (a batch published ahead of
  // its start date is later than today in the history, which is no fault of the system date).
  if (r.action == Action::Admit || r.action == Action::RaiseObjection)
    if (auto refusal = payloadRefusal(c, r, round, calendar)) return refusal;
  if (!c.history.empty() && r.date < c.history.back().date)
    return "操作日期" + formatDate(r.date) + "早于上一步操作日期" + formatDate(c.history.back().date) +
           "，请检查系统日期";
  return payloadRefusal(c, r, round, calendar);
}

WorkflowOutcome apply(const WorkflowCase& c, const ActionRequest& r, const RoundSettings& round,
                      const WorkingCalendar& calendar) {
  if (auto refusal = canApply(c, r, round, calendar)) return WorkflowOutcome{std::nullopt, *refusal};
  WorkflowCase n = c;
  HistoryEntry h{r.date, r.action, r.actor, c.state, c.state, r.reason, r.comments};
  auto close = [&](S to, std::string reason) {
    n.state = to;
    n.decisionReason = std::move(reason);
    n.closedOn = r.date;
  };
  switch (r.action) {
    case Action::Submit:
      n.routing = r.routing;
      n.state = *firstReviewState(r.routing);
      n.submittedOn = r.date;
      break;
    case Action::Resubmit:
      n.state = *resubmitTarget(c, r.routing);
      n.routing = r.routing;
      n.returnedFrom.reset();
      n.openComments.clear();
      break;
    case Action::Withdraw: close(S::Withdrawn, r.reason); break;
    case Action::Pass:
      if (c.state == S::AtCounty)
        n.state = S::AtCity;
      else if (c.state == S::AtProvince)
        n.state = S::ProvinceApproved;
      else {
        n.state = S::AtProvince;
        n.recommendation = r.recommendation;
        h.reason = r.recommendation;
      }
      break;
    case Action::Return:
      n.state = S::Returned;
      n.returnedFrom = c.state;
      n.openComments = r.comments;
      if (!isBlank(r.reason)) n.openComments.insert(n.openComments.begin(), FieldComment{"", r.reason});
      break;
    case Action::Reject: close(S::Rejected, r.reason); break;
    case Action::RecordSpotCheck:
      n.spotChecks.push_back(*r.spotCheck);
      h.reason = r.spotCheck->result;
      break;
    case Action::Publish:
      n.state = S::InPublicity;
      n.publicityStart = r.date;
      n.publicityEnd = calendar.nthWorkingDay(r.date, round.publicityWorkingDays).date;
      break;
    case Action::RaiseObjection:
      n.state = S::ObjectionPending;
      n.objections.push_back(Objection{r.date, r.reason, false, false, {}, std::nullopt});
      break;
    case Action::ResolveObjection: {
      Objection& o = n.objections.back();
      o.resolved = true;
      o.upheld = r.objectionUpheld;
      o.resolution = r.reason;
      o.resolvedOn = r.date;
      if (r.objectionUpheld)
        close(S::Rejected, "公示异议成立：" + r.reason);
      else
        n.state = S::InPublicity;
      break;
    }
    case Action::Admit:
      n.state = S::Admitted;
      n.admittedOn = r.date;
      break;
    case Action::Remove:
      close(S::Removed, std::string(labelOf(*r.removalReason)) + (isBlank(r.reason) ? "" : "：" + r.reason));
      n.removalReason = r.removalReason;
      break;
  }
  h.to = n.state;
  n.history.push_back(std::move(h));
  return WorkflowOutcome{std::move(n), {}};
}

std::vector<Action> availableActions(const WorkflowCase& c, const Actor& actor) {
  std::vector<Action> out;
  for (const auto& e : entriesOf<Action>())
    if (!structuralRefusal(c, e.value, actor)) out.push_back(e.value);
  return out;
}

bool canView(const WorkflowCase& c, const Actor& actor) {
  if (actor.role == Role::Applicant || actor.role == Role::Admin) return true;
  if (c.state == S::Draft) return false;
  const Routing& r = c.routing;
  switch (actor.role) {
    case Role::CountyReviewer: return r.kind == RoutingKind::County && r.unitCode == actor.unitCode;
    case Role::CityReviewer:
      if (recommendingUnitOf(r) != actor.unitCode) return false;
      return r.kind == RoutingKind::City || (r.kind == RoutingKind::County && passedFrom(c, {S::AtCounty}));
    case Role::ReformZoneReviewer: return r.kind == RoutingKind::ReformZone && actor.unitCode == kReformZoneUnitCode;
    case Role::DepartmentReviewer: return r.kind == RoutingKind::ProvincialDepartment && r.unitCode == actor.unitCode;
    case Role::ProvinceReviewer:
      return actor.unitCode == kProvinceUnitCode && passedFrom(c, {S::AtCity, S::AtReformZone, S::AtDepartment});
    default: return false;
  }
}

}  // namespace sxpool
