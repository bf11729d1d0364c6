// The transitions of the report screens (指南第十条): the institution files; reviewers read the periods; the province
// publishes the 通报 list and decides removal proposals.
#include "app/reports_state.hpp"

#include "app/app.hpp"
#include "sxpool/enum_table.hpp"

namespace sxpool::web {
namespace {

// A whole number typed in the form; -1 (refused by the server with the field named) when it is not one.
int count(const std::string& text) {
  if (text.empty()) return 0;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || v > 100000000) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

bool mayViewReports(const App& app) { return app.session.user && app.session.user->role != "applicant"; }

void loadMyReports(App& app) {
  auto& s = app.reports;
  if (s.mineLoading) return;
  s.mineLoading = true;
  app.api.myReports([&app](const ApiResult& r, const api::MyReports& reply) {
    auto& s = app.reports;
    s.mineLoading = false;
    if (r.ok())
      s.mine = reply;
    else {
      s.mine = api::MyReports{};
      s.formMessage = r.message;
      s.formIsError = true;
    }
    app.ctx.frames.wake();
  });
}

void fileServiceReport(App& app, long applicationId) {
  auto& s = app.reports;
  if (s.filing) return;
  api::ServiceReportBody body;
  body.enterprisesServed = count(s.form.enterprises);
  body.activities = count(s.form.activities);
  body.publicServices = count(s.form.publicServices);
  body.cases = count(s.form.cases);
  body.summary = s.form.summary;
  const auto income = parseDecimal2(s.form.income.empty() ? "0" : s.form.income);
  if (!income) {
    s.formMessage = "「服务收入」应为数字（万元，最多两位小数），如 18.5";
    s.formIsError = true;
    return;
  }
  body.income = *income;
  s.filing = true;
  app.api.fileServiceReport(applicationId, body, [&app](const ApiResult& r) {
    auto& s = app.reports;
    s.filing = false;
    s.formIsError = !r.ok();
    s.formMessage = r.ok() ? "已报送本周期服务情况" : r.message;
    if (r.ok()) s.form = {};
    s.mine.reset();
    loadMyReports(app);
    app.ctx.frames.wake();
  });
}

void openReports(App& app) {
  if (app.screen != Screen::Reports) app.reports.returnScreen = static_cast<int>(app.screen);
  app.screen = Screen::Reports;
  reloadReports(app);
}

void reloadReports(App& app) {
  app.api.reportsOverview(app.reports.due, [&app](const ApiResult& r, const api::ReportsOverview& o) {
    auto& s = app.reports;
    if (r.ok()) {
      s.overview = o;
      s.due = formatDate(o.due);
    } else {
      s.message = r.message;
      s.messageIsError = true;
    }
    app.ctx.frames.wake();
  });
  app.api.reportNotices([&app](const ApiResult& r, const api::NoticeLists& lists) {
    if (r.ok()) app.reports.notices = lists;
    app.ctx.frames.wake();
  });
  app.api.changeReports([&app](const ApiResult& r, const api::ChangeReportList& list) {
    if (r.ok()) app.reports.changes = list.items;
    app.ctx.frames.wake();
  });
}

void publishNotices(App& app) {
  app.api.publishNotices([&app](const ApiResult& r) {
    auto& s = app.reports;
    s.messageIsError = !r.ok();
    s.message = r.ok() ? "通报名单已发布" : r.message;
    reloadReports(app);
  });
}

void decideProposal(App& app, long applicationId, bool confirm) {
  api::ProposalDecisionBody body{confirm ? "confirm" : "dismiss", confirm ? "" : app.reports.dismissNote};
  app.api.decideProposal(applicationId, body, [&app, confirm](const ApiResult& r) {
    auto& s = app.reports;
    s.messageIsError = !r.ok();
    s.message = r.ok() ? (confirm ? "已确认移出服务资源库" : "已驳回移出建议") : r.message;
    if (r.ok()) s.dismissNote.clear();
    reloadReports(app);
  });
}

void leaveReports(App& app) {
  app.screen = static_cast<Screen>(app.reports.returnScreen);
  if (app.screen == Screen::Reports || app.screen == Screen::Loading) app.screen = Screen::ReviewerHome;
  app.ctx.frames.wake();
}

void fileChangeReport(App& app, long applicationId) {
  auto& s = app.reports;
  api::ChangeReportBody body;
  const auto& kinds = entriesOf<ChangeKind>();
  body.kind = kinds[static_cast<size_t>(s.change.kind) % std::size(kinds)].value;
  const auto date = parseDate(s.change.changeDate);
  if (!date) {
    s.changeMessage = "「变化日期」应为 YYYY-MM-DD，如 2026-04-15";
    s.changeIsError = true;
    return;
  }
  body.changeDate = *date;
  body.description = s.change.description;
  body.newName = s.change.newName;
  body.newAddress = s.change.newAddress;
  app.api.fileChangeReport(applicationId, body, [&app](const ApiResult& r) {
    auto& s = app.reports;
    s.changeIsError = !r.ok();
    s.changeMessage = r.ok() ? "已报告重大变化，等待推荐单位核实" : r.message;
    if (r.ok()) s.change = {};
    s.mine.reset();
    loadMyReports(app);
    app.ctx.frames.wake();
  });
}

void decideChange(App& app, long changeId, bool accept) {
  api::ChangeDecisionBody body{accept ? "accept" : "propose_removal", app.reports.changeNote};
  app.api.decideChange(changeId, body, [&app, accept](const ApiResult& r) {
    auto& s = app.reports;
    s.messageIsError = !r.ok();
    s.message = r.ok() ? (accept ? "已核实，机构信息已更新" : "已建议省工信厅移出资源库") : r.message;
    if (r.ok()) s.changeNote.clear();
    reloadReports(app);
  });
}

}  // namespace sxpool::web
