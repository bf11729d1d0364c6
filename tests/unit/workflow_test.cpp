// 指南第八条: every path through the review process and every refused transition.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "sxpool/routing.hpp"
#include "sxpool/workflow.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

namespace {

const Actor kApplicant{Role::Applicant, "", "申请人"};
const Actor kCounty{Role::CountyReviewer, "140105", "小店区审核员"};
const Actor kOtherCounty{Role::CountyReviewer, "140106", "迎泽区审核员"};
const Actor kCity{Role::CityReviewer, "140100", "太原市审核员"};
const Actor kOtherCity{Role::CityReviewer, "140200", "大同市审核员"};
const Actor kZone{Role::ReformZoneReviewer, "140171", "综改区审核员"};
const Actor kDept{Role::DepartmentReviewer, "dept-kjt", "科技厅审核员"};
const Actor kOtherDept{Role::DepartmentReviewer, "dept-mzt", "民政厅审核员"};
const Actor kProvince{Role::ProvinceReviewer, "140000", "省工信厅审核员"};
const Actor kAdmin{Role::Admin, "", "管理员"};
const Actor kAllActors[] = {kApplicant, kCounty, kOtherCounty, kCity,     kOtherCity,
                            kZone,      kDept,   kOtherDept,   kProvince, kAdmin};

const Routing kCountyRouting{RoutingKind::County, "140105", "小店区"};
const Routing kCityRouting{RoutingKind::City, "140100", "太原市"};
const Routing kDeptRouting{RoutingKind::ProvincialDepartment, "dept-kjt", "山西省科学技术厅"};

// A request with every payload the action needs.
ActionRequest request(Action a, const Actor& who, Date when, const Routing& routing = kCountyRouting) {
  ActionRequest r;
  r.action = a;
  r.actor = who;
  r.date = when;
  r.routing = routing;
  r.reason = "理由";
  r.recommendation = "同意推荐";
  r.comments = {FieldComment{"basic.uscc", "请核对代码"}};
  r.spotCheck = SpotCheck{when, "张三、李四", "场地与材料一致", true};
  r.removalReason = RemovalReason::DataFraud;
  return r;
}

struct Flow {
  WorkflowCase c;
  Date date{2026, 3, 2};

  Flow& step(Action a, const Actor& who, const Routing& routing = kCountyRouting) {
    return step(request(a, who, date, routing));
  }
  Flow& step(const ActionRequest& r) {
    const WorkflowOutcome o = apply(c, r, round());
    INFO(labelOf(r.action) << " @ " << labelOf(c.state) << ": " << o.refusal);
    REQUIRE(o.ok());
    c = *o.next;
    date = date.addDays(1);
    return *this;
  }
  std::string refused(const ActionRequest& r) const {
    const WorkflowOutcome o = apply(c, r, round());
    REQUIRE_FALSE(o.ok());
    REQUIRE_FALSE(o.refusal.empty());
    return o.refusal;
  }
  std::string refused(Action a, const Actor& who) const { return refused(request(a, who, date)); }
};

Flow atState(WorkflowState target) {
  Flow f;
  using S = WorkflowState;
  if (target == S::Draft) return f;
  f.step(Action::Submit, kApplicant);
  if (target == S::AtCounty) return f;
  if (target == S::Returned) return f.step(Action::Return, kCounty);
  if (target == S::Withdrawn) return f.step(Action::Withdraw, kApplicant);
  if (target == S::Rejected) return f.step(Action::Reject, kCounty);
  f.step(Action::Pass, kCounty);
  if (target == S::AtCity) return f;
  f.step(Action::Pass, kCity);
  if (target == S::AtProvince) return f;
  f.step(Action::Pass, kProvince);
  if (target == S::ProvinceApproved) return f;
  f.date = Date{2026, 5, 11};
  f.step(Action::Publish, kProvince);
  if (target == S::InPublicity) return f;
  if (target == S::ObjectionPending) return f.step(Action::RaiseObjection, kProvince);
  f.date = Date{2026, 5, 20};
  f.step(Action::Admit, kProvince);
  if (target == S::Admitted) return f;
  return f.step(Action::Remove, kProvince);  // Removed
}

}  // namespace

TEST_CASE("第八条 县级属地：申请→县→市→省（含抽查）→公示→入库") {
  Flow f;
  CHECK(f.c.state == WorkflowState::Draft);
  CHECK_FALSE(canView(f.c, kCounty));
  f.step(Action::Submit, kApplicant);
  CHECK(f.c.state == WorkflowState::AtCounty);
  CHECK(f.c.submittedOn == Date{2026, 3, 2});
  CHECK(holdingUnit(f.c) == "140105");
  CHECK(canView(f.c, kCounty));
  CHECK_FALSE(canView(f.c, kOtherCounty));
  CHECK_FALSE(canView(f.c, kCity));  // not yet passed by the county
  CHECK_FALSE(canView(f.c, kProvince));
  f.step(Action::Pass, kCounty);
  CHECK(f.c.state == WorkflowState::AtCity);
  CHECK(holdingUnit(f.c) == "140100");
  CHECK(canView(f.c, kCity));
  CHECK_FALSE(canView(f.c, kOtherCity));
  CHECK_FALSE(canView(f.c, kProvince));
  f.step(Action::Pass, kCity);
  CHECK(f.c.state == WorkflowState::AtProvince);
  CHECK(f.c.recommendation == "同意推荐");
  CHECK(canView(f.c, kProvince));
  f.step(Action::RecordSpotCheck, kProvince);
  CHECK(f.c.state == WorkflowState::AtProvince);
  CHECK(f.c.spotChecks.size() == 1);
  f.step(Action::Pass, kProvince);
  CHECK(f.c.state == WorkflowState::ProvinceApproved);
  f.date = Date{2026, 9, 28};
  f.step(Action::Publish, kProvince);
  CHECK(f.c.state == WorkflowState::InPublicity);
  CHECK(f.c.publicityEnd == Date{2026, 10, 9});  // 第5个工作日（国庆假期不计）
  f.date = Date{2026, 10, 9};
  CHECK(f.refused(Action::Admit, kProvince).find("2026-10-10") != std::string::npos);
  f.date = Date{2026, 10, 10};
  f.step(Action::Admit, kProvince);
  CHECK(f.c.state == WorkflowState::Admitted);
  CHECK(f.c.admittedOn == Date{2026, 10, 10});
  CHECK(f.c.history.size() == 7);
  CHECK(f.c.history[2].reason == "同意推荐");
  CHECK(f.c.history.back().actor == kProvince);
  CHECK(holdingUnit(f.c).empty());
}

TEST_CASE("第八条 市本级：申请→市→省") {
  Flow f;
  f.step(Action::Submit, kApplicant, kCityRouting);
  CHECK(f.c.state == WorkflowState::AtCity);
  CHECK(canView(f.c, kCity));
  CHECK_FALSE(canView(f.c, kCounty));
  f.step(Action::Pass, kCity);
  CHECK(f.c.state == WorkflowState::AtProvince);
}

TEST_CASE("第八条 综改区：申请→综改区管委会→省") {
  Flow f;
  f.step(Action::Submit, kApplicant, reformZoneRouting());
  CHECK(f.c.state == WorkflowState::AtReformZone);
  CHECK(canView(f.c, kZone));
  CHECK_FALSE(canView(f.c, kCity));
  CHECK(f.refused(Action::Pass, kCity).find("综改区管委会") != std::string::npos);
  f.step(Action::Pass, kZone);
  CHECK(f.c.state == WorkflowState::AtProvince);
  CHECK(canView(f.c, kProvince));
}

TEST_CASE("第八条 省级行业组织：申请→省级主管部门→省") {
  Flow f;
  f.step(Action::Submit, kApplicant, kDeptRouting);
  CHECK(f.c.state == WorkflowState::AtDepartment);
  CHECK(canView(f.c, kDept));
  CHECK_FALSE(canView(f.c, kOtherDept));
  CHECK(f.refused(Action::Pass, kOtherDept).find("山西省科学技术厅") != std::string::npos);
  f.step(Action::Pass, kDept);
  CHECK(f.c.state == WorkflowState::AtProvince);
}

TEST_CASE("第八条 退回修改：按字段意见退回，修改后回到退回的环节") {
  Flow f;
  f.step(Action::Submit, kApplicant).step(Action::Pass, kCounty);
  ActionRequest ret = request(Action::Return, kCity, f.date);
  ret.reason = "";
  ret.comments = {{"staff[3].title", "职称与证书不符"}, {"basic.serviceArea", "请与租赁合同一致"}};
  f.step(ret);
  CHECK(f.c.state == WorkflowState::Returned);
  CHECK(f.c.returnedFrom == WorkflowState::AtCity);
  REQUIRE(f.c.openComments.size() == 2);
  CHECK(f.c.openComments[0].path == "staff[3].title");
  CHECK(canView(f.c, kCity));
  f.step(Action::Resubmit, kApplicant);
  CHECK(f.c.state == WorkflowState::AtCity);
  CHECK(f.c.openComments.empty());
  CHECK_FALSE(f.c.returnedFrom);
}

TEST_CASE("第八条 属地错误：县退回，申请人改属地后重新提交到新属地") {
  Flow f;
  f.step(Action::Submit, kApplicant);
  ActionRequest ret = request(Action::Return, kCounty, f.date);
  ret.comments.clear();
  ret.reason = "本机构注册地在大同市，请改选属地";
  f.step(ret);
  REQUIRE(f.c.openComments.size() == 1);
  CHECK(f.c.openComments[0].path.empty());
  f.step(Action::Resubmit, kApplicant, Routing{RoutingKind::County, "140213", "平城区"});
  CHECK(f.c.state == WorkflowState::AtCounty);
  CHECK(holdingUnit(f.c) == "140213");
  CHECK(f.refused(Action::Pass, kCounty).find("平城区") != std::string::npos);
}

TEST_CASE("第八条 省级退回后截止日期后仍可重新提交") {
  Flow f = atState(WorkflowState::AtProvince);
  f.date = Date{2026, 5, 20};
  f.step(Action::Return, kProvince);
  f.step(Action::Resubmit, kApplicant);
  CHECK(f.c.state == WorkflowState::AtProvince);
}

TEST_CASE("第八条 不予通过须填写理由，各审核环节均可") {
  for (auto [state, who] : {std::pair{WorkflowState::AtCounty, kCounty}, std::pair{WorkflowState::AtCity, kCity},
                            std::pair{WorkflowState::AtProvince, kProvince}}) {
    Flow f = atState(state);
    ActionRequest r = request(Action::Reject, who, f.date);
    r.reason = " ";
    CHECK(f.refused(r).find("理由") != std::string::npos);
    r.reason = "服务企业数量不足";
    f.step(r);
    CHECK(f.c.state == WorkflowState::Rejected);
    CHECK(f.c.decisionReason == "服务企业数量不足");
    CHECK(f.c.closedOn);
  }
}

TEST_CASE("第八条 撤回：作出决定前可撤回，之后不可") {
  for (auto s : {WorkflowState::Returned, WorkflowState::AtCounty, WorkflowState::AtCity, WorkflowState::AtProvince}) {
    Flow f = atState(s);
    f.step(Action::Withdraw, kApplicant);
    CHECK(f.c.state == WorkflowState::Withdrawn);
  }
  CHECK(atState(WorkflowState::Draft).refused(Action::Withdraw, kApplicant).find("草稿") != std::string::npos);
  for (auto s : {WorkflowState::ProvinceApproved, WorkflowState::InPublicity, WorkflowState::Admitted,
                 WorkflowState::Rejected}) {
    INFO(labelOf(s));
    CHECK(atState(s).refused(Action::Withdraw, kApplicant).find("不能再撤回") != std::string::npos);
  }
}

TEST_CASE("第八条 公示异议：不成立则继续公示并入库，成立则不予入库") {
  Flow f = atState(WorkflowState::ObjectionPending);
  CHECK(f.refused(Action::Admit, kProvince).find("异议") != std::string::npos);
  ActionRequest resolve = request(Action::ResolveObjection, kProvince, f.date);
  resolve.objectionUpheld = false;
  resolve.reason = "经核实，反映问题不属实";
  f.step(resolve);
  CHECK(f.c.state == WorkflowState::InPublicity);
  CHECK(f.c.objections.back().resolved);
  f.date = Date{2026, 5, 20};
  f.step(Action::Admit, kProvince);
  CHECK(f.c.state == WorkflowState::Admitted);

  Flow g = atState(WorkflowState::ObjectionPending);
  resolve.objectionUpheld = true;
  resolve.reason = "存在夸大服务成效";
  resolve.date = g.date;
  g.step(resolve);
  CHECK(g.c.state == WorkflowState::Rejected);
  CHECK(g.c.decisionReason.find("公示异议成立") != std::string::npos);
}

TEST_CASE("第八条 公示期外的异议不予登记，公示截止日超出节假日数据时拒绝") {
  Flow f = atState(WorkflowState::InPublicity);  // 2026-05-11 .. 2026-05-15
  CHECK(f.c.publicityEnd == Date{2026, 5, 15});
  f.date = Date{2026, 5, 18};
  CHECK(f.refused(Action::RaiseObjection, kProvince).find("公示期外") != std::string::npos);
  Flow g = atState(WorkflowState::ProvinceApproved);
  g.date = Date{2026, 12, 28};
  CHECK(g.refused(Action::Publish, kProvince).find("2027") != std::string::npos);
}

TEST_CASE("第十二条 移出须选择原因") {
  Flow f = atState(WorkflowState::Admitted);
  ActionRequest r = request(Action::Remove, kProvince, f.date);
  r.removalReason.reset();
  CHECK(f.refused(r).find("移出原因") != std::string::npos);
  r.removalReason = RemovalReason::TaxViolationBlacklist;
  f.step(r);
  CHECK(f.c.state == WorkflowState::Removed);
  CHECK(f.c.removalReason == RemovalReason::TaxViolationBlacklist);
  CHECK(f.c.decisionReason.find("税收违法黑名单") != std::string::npos);
}

TEST_CASE("第八条 每个状态下：只有指定角色和管辖单位能执行规定动作") {
  using S = WorkflowState;
  using A = Action;
  // state → allowed (action, actor user name)
  const std::map<S, std::set<std::pair<A, std::string>>> allowed = {
      {S::Draft, {{A::Submit, "申请人"}}},
      {S::Returned, {{A::Resubmit, "申请人"}, {A::Withdraw, "申请人"}}},
      {S::AtCounty,
       {{A::Withdraw, "申请人"}, {A::Pass, "小店区审核员"}, {A::Return, "小店区审核员"}, {A::Reject, "小店区审核员"}}},
      {S::AtCity,
       {{A::Withdraw, "申请人"}, {A::Pass, "太原市审核员"}, {A::Return, "太原市审核员"}, {A::Reject, "太原市审核员"}}},
      {S::AtProvince,
       {{A::Withdraw, "申请人"},
        {A::Pass, "省工信厅审核员"},
        {A::Return, "省工信厅审核员"},
        {A::Reject, "省工信厅审核员"},
        {A::RecordSpotCheck, "省工信厅审核员"}}},
      {S::ProvinceApproved, {{A::Publish, "省工信厅审核员"}}},
      {S::InPublicity, {{A::RaiseObjection, "省工信厅审核员"}, {A::Admit, "省工信厅审核员"}}},
      {S::ObjectionPending, {{A::ResolveObjection, "省工信厅审核员"}}},
      {S::Admitted, {{A::Remove, "省工信厅审核员"}}},
      {S::Rejected, {}},
      {S::Withdrawn, {}},
      {S::Removed, {}},
  };
  for (const auto& [state, permitted] : allowed) {
    const Flow f = atState(state);
    REQUIRE(f.c.state == state);
    for (const Actor& who : kAllActors) {
      const auto actions = availableActions(f.c, who);
      for (const auto& e : entriesOf<Action>()) {
        const bool expected = permitted.count({e.value, who.userName}) > 0;
        INFO(labelOf(state) << " / " << e.label << " / " << who.userName);
        CHECK((std::find(actions.begin(), actions.end(), e.value) != actions.end()) == expected);
        Date when = f.date;
        if (e.value == A::Admit) when = Date{2026, 5, 20};
        const auto refusal = canApply(f.c, request(e.value, who, when), round());
        CHECK(refusal.has_value() == !expected);
        if (refusal) CHECK_FALSE(refusal->empty());
      }
    }
  }
}

TEST_CASE("第八条 推荐意见、退回意见、抽查记录、异议内容为必填") {
  Flow city = atState(WorkflowState::AtCity);
  ActionRequest pass = request(Action::Pass, kCity, city.date);
  pass.recommendation = "";
  CHECK(city.refused(pass).find("推荐意见") != std::string::npos);
  ActionRequest ret = request(Action::Return, kCity, city.date);
  ret.comments.clear();
  ret.reason.clear();
  CHECK(city.refused(ret).find("修改") != std::string::npos);
  ret.comments = {{"basic.name", " "}};
  CHECK(city.refused(ret).find("单位名称") != std::string::npos);

  Flow prov = atState(WorkflowState::AtProvince);
  ActionRequest spot = request(Action::RecordSpotCheck, kProvince, prov.date);
  spot.spotCheck->result.clear();
  CHECK(prov.refused(spot).find("抽查结果") != std::string::npos);
  spot.spotCheck = SpotCheck{prov.date.addDays(3), "张三", "一致", true};
  CHECK(prov.refused(spot).find("晚于今天") != std::string::npos);

  Flow pub = atState(WorkflowState::InPublicity);
  ActionRequest obj = request(Action::RaiseObjection, kProvince, pub.date);
  obj.reason.clear();
  CHECK(pub.refused(obj).find("异议内容") != std::string::npos);
  Flow pending = atState(WorkflowState::ObjectionPending);
  ActionRequest res = request(Action::ResolveObjection, kProvince, pending.date);
  res.reason.clear();
  CHECK(pending.refused(res).find("处理意见") != std::string::npos);
}

TEST_CASE("第八条 申报截止日期：截止后不能提交，市级不能再报送") {
  Flow f;
  f.date = Date{2026, 5, 1};
  CHECK(f.refused(Action::Submit, kApplicant).find("2026-04-30") != std::string::npos);
  f.date = Date{2026, 4, 30};
  f.step(Action::Submit, kApplicant).step(Action::Pass, kCounty);  // county on 05-01 is fine
  CHECK(f.refused(Action::Pass, kCity).find("截止") != std::string::npos);
  RoundSettings relaxed = round();
  relaxed.enforceDeadline = false;
  CHECK_FALSE(canApply(f.c, request(Action::Pass, kCity, f.date), relaxed));
}

TEST_CASE("第八条 属地不完整不能提交，操作日期不能倒退") {
  Flow f;
  CHECK(f.refused(request(Action::Submit, kApplicant, f.date, Routing{})).find("属地单位") != std::string::npos);
  CHECK(f.refused(request(Action::Submit, kApplicant, f.date, Routing{RoutingKind::County, "149999", ""}))
            .find("属地单位") != std::string::npos);
  f.step(Action::Submit, kApplicant);
  CHECK(f.refused(request(Action::Pass, kCounty, Date{2026, 3, 1})).find("早于") != std::string::npos);
  CHECK(f.refused(request(Action::Pass, kCounty, Date{})).find("日期无效") != std::string::npos);
}

TEST_CASE("第八条 首个审核环节由属地决定") {
  CHECK(firstReviewState(kCountyRouting) == WorkflowState::AtCounty);
  CHECK(firstReviewState(kCityRouting) == WorkflowState::AtCity);
  CHECK(firstReviewState(reformZoneRouting()) == WorkflowState::AtReformZone);
  CHECK(firstReviewState(kDeptRouting) == WorkflowState::AtDepartment);
  std::string why;
  CHECK_FALSE(firstReviewState(Routing{}, &why));
  CHECK_FALSE(why.empty());
  CHECK(isReviewState(WorkflowState::AtCity));
  CHECK_FALSE(isReviewState(WorkflowState::InPublicity));
  CHECK(isClosedState(WorkflowState::Removed));
}
