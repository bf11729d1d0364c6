// 指南第十条: quarterly service reports, the per-period overview, the 通报 lists and the removal proposals that three
// missed periods in a row lead to (the province confirms → the workflow's Remove with missed_reports, or dismisses).
#include <algorithm>
#include <map>

#include "services/report_service.hpp"
#include "services/service_error.hpp"
#include "services/units.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/text.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::services {
namespace {

constexpr const char* kMissedReports = "missed_reports";

bool isDueDate(const Date& d) { return d.day == 15 && d.month % 3 == 0; }

std::string quarterName(const Date& due) {
  return std::to_string(due.year) + "年" + std::to_string(due.month) + "月15日截止的周期";
}

WorkflowCase workflowOf(const store::ApplicationRow& row) { return decodeWorkflowCaseText(row.workflow).value; }

Date admittedOnOf(const WorkflowCase& w, const store::ApplicationRow& row) {
  if (w.admittedOn) return *w.admittedOn;
  throw ServiceError(409, "not_admitted", "申请“" + row.name + "”没有入库日期，无法计算报送周期");
}

bool isReviewer(const CurrentUser& user) { return user.role != Role::Applicant; }

std::string joinDates(const std::vector<Date>& dates) {
  std::string out;
  for (const auto& d : dates) out += (out.empty() ? "" : ",") + formatDate(d);
  return out;
}

std::vector<Date> splitDates(const std::string& text) {
  std::vector<Date> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t comma = std::min(text.find(',', start), text.size());
    if (auto d = parseDate(std::string_view(text).substr(start, comma - start))) out.push_back(*d);
    start = comma + 1;
  }
  return out;
}

}  // namespace

ReportService::Reporting ReportService::reporting(const store::ApplicationRow& row, const WorkflowCase& workflow,
                                                  const std::vector<store::ServiceReportRow>& reports, Date today) {
  Reporting out;
  api::ReportingView& v = out.view;
  v.applicationId = row.id;
  v.name = row.name;
  v.uscc = row.uscc;
  v.cityCode = row.cityCode;
  v.cityName = unitName(ctx_, row.cityCode);
  v.admittedOn = admittedOnOf(workflow, row);
  std::vector<Date> dues;
  for (const auto& r : reports)
    if (auto d = parseDate(r.periodDue)) dues.push_back(*d);
  // A report counts for the period it names; it was filed inside that period (fileServiceReport checks).
  const auto status = evaluateReporting(v.admittedOn, dues, today, ctx_.rounds.current());
  v.periods = status.periods;
  v.currentDue = currentPeriodDue(v.admittedOn, today);
  v.currentReported = std::find(dues.begin(), dues.end(), v.currentDue) != dues.end();
  v.trailingMisses = status.trailingMisses;
  int streak = 0;
  for (const auto& p : status.periods) {
    if (!p.reported) v.overdue.push_back(p.due);
    streak = p.reported ? 0 : streak + 1;
    if (streak >= ctx_.rounds.current().missesForRemoval) out.proposalBasis = p.due;
  }
  // A proposal the province has decided (dismissed) is not proposed again until the next miss moves the basis on.
  if (out.proposalBasis)
    for (const auto& p : ctx_.store.removalProposals(row.id))
      if (p.source == kMissedReports && p.basis == formatDate(*out.proposalBasis)) out.proposalBasis.reset();
  const std::string next = "请在" + formatDate(v.currentDue) + "前报送本周期服务情况";
  if (out.proposalBasis) {
    v.consequence = ReportingConsequence::Removal;
    v.message = "已连续" + std::to_string(std::max(streak, ctx_.rounds.current().missesForRemoval)) +
                "个周期未按规定报送服务情况，按指南第十条应移出服务资源库（待省工信厅确认）";
  } else if (v.trailingMisses >= ctx_.rounds.current().missesForNotice) {
    v.consequence = ReportingConsequence::Notice;
    v.message = "已连续" + std::to_string(v.trailingMisses) + "个周期未按规定报送服务情况，按指南第十条给予通报；" +
                next + "，再漏报一次将移出服务资源库";
  } else {
    v.message = v.currentReported ? "本周期（" + formatDate(v.currentDue) + "截止）已报送" : next;
  }
  return out;
}

api::ServiceReportView ReportService::fileServiceReport(std::int64_t applicationId, const CurrentUser& user,
                                                        const api::ServiceReportBody& body) {
  const Date today = ctx_.clock.today();
  api::ServiceReportView view;
  ctx_.store.transaction([&] {
    auto row = ctx_.store.application(applicationId);
    if (!row) throw notFound("没有编号为" + std::to_string(applicationId) + "的申请");
    if (user.role != Role::Applicant || row->ownerId != user.user.id)
      throw forbidden("季度服务情况由入库机构本身报送（指南第十条）：请以该机构的账号登录后报送");
    if (row->state != codeOf(WorkflowState::Admitted))
      throw ServiceError(409, "not_admitted", "该申请当前不在服务资源库中，无需报送季度服务情况");
    const WorkflowCase workflow = workflowOf(*row);
    const Date current = currentPeriodDue(admittedOnOf(workflow, *row), today);
    const Date due = body.periodDue.value_or(current);
    if (!isDueDate(due))
      throw ServiceError(422, "bad_period", "「periodDue」应为周期的截止日期（3月15日、6月15日、9月15日或12月15日）",
                         {fieldError("periodDue", "应为3、6、9、12月的15日")});
    if (due < current)
      throw ServiceError(409, "too_late",
                         quarterName(due) + "已于" + formatDate(due) +
                             "截止，不能补报，该周期按未报送计（指南第十条）；" + "请报送当前周期（" +
                             formatDate(current) + "截止）");
    if (current < due)
      throw ServiceError(
          422, "bad_period",
          "只能报送当前周期（" + formatDate(current) + "截止）的服务情况，" + quarterName(due) + "尚未开始",
          {fieldError("periodDue", "应为" + formatDate(current))});
    for (const auto& r : ctx_.store.serviceReports(applicationId))
      if (r.periodDue == formatDate(due))
        throw ServiceError(
            409, "already_reported",
            quarterName(due) + "已于" + r.filedOn + "报送，每个周期报送一次；如需更正请联系所在市工信局");
    store::ServiceReportRow r;
    r.applicationId = applicationId;
    r.periodDue = formatDate(due);
    r.filedOn = formatDate(today);
    r.enterprisesServed = body.enterprisesServed;
    r.activities = body.activities;
    r.publicServices = body.publicServices;
    r.incomeHundredths = body.income.hundredths;
    r.cases = body.cases;
    r.summary = body.summary;
    r.filedBy = user.user.id;
    r.createdAt = ctx_.clock.now();
    view.id = ctx_.store.insertServiceReport(r);
    view.applicationId = applicationId;
    view.periodDue = due;
    view.filedOn = today;
    view.content = body;
    view.content.periodDue = due;
    audit(user, "service_report", applicationId, "报送" + quarterName(due) + "服务情况");
  });
  return view;
}

api::MyReports ReportService::mine(const CurrentUser& user) {
  if (user.role != Role::Applicant) throw forbidden("“我的报送”只供入库机构使用：审核人员请查看报送情况一览");
  api::MyReports out;
  out.today = ctx_.clock.today();
  for (const auto& row : ctx_.store.applicationsOf(user.user.id)) {
    if (row.state != codeOf(WorkflowState::Admitted)) continue;
    const auto reports = ctx_.store.serviceReports(row.id);
    auto item = reporting(row, workflowOf(row), reports, out.today).view;
    for (const auto& r : reports) {
      api::ServiceReportView v;
      v.id = r.id;
      v.applicationId = r.applicationId;
      v.periodDue = parseDate(r.periodDue).value_or(Date{});
      v.filedOn = parseDate(r.filedOn).value_or(Date{});
      v.content = {v.periodDue,
                   r.enterprisesServed,
                   r.activities,
                   r.publicServices,
                   Decimal2::fromHundredths(r.incomeHundredths),
                   r.cases,
                   r.summary};
      item.reports.push_back(std::move(v));
    }
    out.items.push_back(std::move(item));
    for (const auto& c : ctx_.store.changeReports(row.id)) out.changes.push_back(changeView(c));
  }
  return out;
}

api::ReportsOverview ReportService::overview(const CurrentUser& user, std::optional<Date> due) {
  if (!isReviewer(user)) throw forbidden("报送情况一览只供审核人员查看：入库机构请在首页查看本机构的报送情况");
  if (due && !isDueDate(*due))
    throw badRequest("「due」应为周期的截止日期（3月15日、6月15日、9月15日或12月15日）",
                     {fieldError("due", "应为3、6、9、12月的15日")});
  api::ReportsOverview out;
  out.today = ctx_.clock.today();
  const auto all = ctx_.store.serviceReports(std::nullopt);
  std::map<std::int64_t, std::vector<store::ServiceReportRow>> byApp;
  for (const auto& r : all) byApp[r.applicationId].push_back(r);
  struct Seen {
    store::ApplicationRow row;
    Reporting reporting;
  };
  std::vector<Seen> seen;
  std::optional<Date> earliest;
  for (const auto& row : ctx_.store.applicationsInState(std::string(codeOf(WorkflowState::Admitted)))) {
    const auto workflow = workflowOf(row);
    if (!canView(workflow, user.actor()) || !workflow.admittedOn) continue;
    seen.push_back({row, reporting(row, workflow, byApp[row.id], out.today)});
    if (!earliest || *workflow.admittedOn < *earliest) earliest = *workflow.admittedOn;
  }
  const Date current = firstDueDateAfter(out.today.addDays(-1));
  if (earliest)
    for (Date d = firstDueDateAfter(*earliest); d <= current; d = firstDueDateAfter(d))
      out.dues.insert(out.dues.begin(), d);
  // Default: the latest closed period (who did not report is only known then), else the open one.
  out.due = due.value_or(out.dues.size() > 1 ? out.dues[1] : current);
  for (const auto& s : seen) {
    const auto& v = s.reporting.view;
    api::OverviewRow r;
    r.applicationId = v.applicationId;
    r.name = v.name;
    r.uscc = v.uscc;
    r.cityCode = v.cityCode;
    r.cityName = v.cityName;
    r.inPeriod = firstDueDateAfter(v.admittedOn) <= out.due;
    for (const auto& rep : byApp[v.applicationId])
      if (rep.periodDue == formatDate(out.due)) {
        r.reported = true;
        r.reportedOn = parseDate(rep.filedOn);
      }
    r.trailingMisses = v.trailingMisses;
    r.consequence = v.consequence;
    if (r.inPeriod) (r.reported ? out.reported : out.missing)++;
    out.rows.push_back(std::move(r));
    if (v.trailingMisses >= ctx_.rounds.current().missesForNotice) out.noticeCandidates.push_back(v);
  }
  out.proposals = pendingProposals(user);
  return out;
}

std::vector<api::RemovalProposalView> ReportService::pendingProposals(const CurrentUser& user) {
  std::vector<api::RemovalProposalView> out;
  const Date today = ctx_.clock.today();
  const auto all = ctx_.store.serviceReports(std::nullopt);
  std::map<std::int64_t, std::vector<store::ServiceReportRow>> byApp;
  for (const auto& r : all) byApp[r.applicationId].push_back(r);
  for (const auto& row : ctx_.store.applicationsInState(std::string(codeOf(WorkflowState::Admitted)))) {
    const auto workflow = workflowOf(row);
    if (!canView(workflow, user.actor()) || !workflow.admittedOn) continue;
    const auto stored = ctx_.store.removalProposals(row.id);
    for (const auto& p : stored)
      if (p.state == "pending")
        out.push_back({p.id, row.id, row.name, row.uscc, row.cityCode, p.source, p.basis,
                       fromCode<RemovalReason>(p.reason).value_or(RemovalReason::NoLongerEligible), p.proposedOn,
                       p.state, p.note});
    if (const auto basis = reporting(row, workflow, byApp[row.id], today).proposalBasis)
      out.push_back({0, row.id, row.name, row.uscc, row.cityCode, kMissedReports, formatDate(*basis),
                     RemovalReason::MissedReports, formatDate(basis->addDays(1)), "pending", ""});
  }
  return out;
}

api::NoticeListView ReportService::publishNotices(const CurrentUser& user) {
  if (user.role != Role::ProvinceReviewer) throw forbidden("通报名单由省工信厅中小企业处发布（指南第十条）");
  api::NoticeListView out;
  ctx_.store.transaction([&] {
    const auto view = overview(user, std::nullopt);
    if (view.noticeCandidates.empty())
      throw ServiceError(409, "nothing_to_publish", "目前没有连续2个周期未报送服务情况的机构，无需发布通报名单");
    store::NoticeListRow list;
    list.publishedOn = formatDate(view.today);
    list.publishedBy = user.user.id;
    list.createdAt = ctx_.clock.now();
    for (const auto& c : view.noticeCandidates) {
      std::vector<Date> missed(c.overdue.end() - std::min<size_t>(c.overdue.size(), c.trailingMisses), c.overdue.end());
      list.entries.push_back({c.applicationId, c.name, c.uscc, c.cityCode, c.trailingMisses, joinDates(missed)});
      out.entries.push_back({c.applicationId, c.name, c.uscc, c.cityCode, c.cityName, c.trailingMisses, missed});
    }
    out.id = ctx_.store.insertNoticeList(list);
    out.publishedOn = view.today;
    for (const auto& e : out.entries)
      audit(user, "report_notice", e.applicationId,
            "列入第" + std::to_string(out.id) + "号通报名单：连续" + std::to_string(e.misses) + "个周期未报送");
  });
  return out;
}

api::NoticeLists ReportService::notices(const CurrentUser&) {
  api::NoticeLists out;
  for (const auto& l : ctx_.store.noticeLists()) {
    api::NoticeListView v{l.id, parseDate(l.publishedOn).value_or(Date{}), {}};
    for (const auto& e : l.entries) {
      v.entries.push_back({e.applicationId, e.name, e.uscc, e.cityCode, unitName(ctx_, e.cityCode), e.misses,
                           splitDates(e.missedDues)});
    }
    out.items.push_back(std::move(v));
  }
  return out;
}

api::ActionResult ReportService::decideProposal(std::int64_t applicationId, const CurrentUser& user,
                                                const api::ProposalDecisionBody& body) {
  if (user.role != Role::ProvinceReviewer)
    throw forbidden("移出资源库的建议由省工信厅中小企业处确认或驳回（指南第十、十一条）");
  api::ActionResult result;
  ctx_.store.transaction([&] {
    const auto pending = pendingProposals(user);
    const auto it = std::find_if(pending.begin(), pending.end(),
                                 [&](const api::RemovalProposalView& p) { return p.applicationId == applicationId; });
    if (it == pending.end())
      throw ServiceError(409, "no_proposal", "该机构目前没有待确认的移出建议（连续3个周期未报送或重大变化核实后提出）");
    store::RemovalProposalRow row;
    row.id = it->id;
    row.applicationId = applicationId;
    row.source = it->source;
    row.basis = it->basis;
    row.reason = std::string(codeOf(it->reason));
    row.proposedOn = it->proposedOn;
    row.state = body.decision == "confirm" ? "confirmed" : "dismissed";
    row.decidedBy = user.user.id;
    row.decidedOn = formatDate(ctx_.clock.today());
    row.note = body.note;
    if (row.id == 0)
      row.id = ctx_.store.insertRemovalProposal(row);
    else
      ctx_.store.updateRemovalProposal(row);
    if (body.decision == "confirm") {
      ActionRequest request;
      request.action = Action::Remove;
      request.date = ctx_.clock.today();
      request.removalReason = it->reason;
      request.reason = isBlank(body.note)
                           ? (it->source == kMissedReports ? "连续3个周期未报送服务情况（截至" + it->basis + "）"
                                                           : "重大变化核实后不再符合入库条件")
                           : body.note;
      result = review_.actInside(applicationId, user, request);
    } else {
      audit(user, "removal_proposal_dismissed", applicationId, "驳回移出建议：" + body.note);
      auto rec = ctx_.store.application(applicationId);
      result.id = applicationId;
      result.state = WorkflowState::Admitted;
      result.workflow = workflowOf(*rec);
    }
  });
  ctx_.generation++;
  return result;
}

void ReportService::audit(const CurrentUser& user, const std::string& event, std::int64_t applicationId,
                          const std::string& comment) {
  store::AuditRow row;
  row.at = ctx_.clock.now();
  row.userId = user.user.id;
  row.account = user.user.account;
  row.unitCode = user.user.unitCode;
  row.event = event;
  row.applicationId = applicationId;
  row.comment = comment;
  ctx_.store.appendAudit(row);
}

void ReportService::notifyOwner(const store::ApplicationRow& row, const std::string& title, const std::string& body) {
  store::InboxRow inbox;
  inbox.userId = row.ownerId;
  inbox.applicationId = row.id;
  inbox.at = ctx_.clock.now();
  inbox.title = title;
  inbox.body = body;
  ctx_.store.insertInbox(inbox);
}

}  // namespace sxpool::services
