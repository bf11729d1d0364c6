#pragma once
// After admission (指南第十、十一条), in typed values of the wire vocabulary (sxpool/api/reports.hpp): the
// institution's quarterly service reports, the per-period overview of the province and the cities (their jurisdiction),
// the 通报 lists the province publishes, the removal proposals it confirms (→ the workflow's Remove) or dismisses
// (report_service.cpp); major-change reports and their verification by the unit that routed the application
// (change_reports.cpp). The demo clock (services/clock) is "today" throughout.
#include <cstdint>
#include <optional>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/review_service.hpp"
#include "store/records.hpp"
#include "sxpool/api/reports.hpp"

namespace sxpool::services {

class ReportService {
 public:
  ReportService(AppContext& ctx, ReviewService& review) : ctx_(ctx), review_(review) {}

  // ---- 第十条
  api::ServiceReportView fileServiceReport(std::int64_t applicationId, const CurrentUser& user,
                                           const api::ServiceReportBody& body);
  api::MyReports mine(const CurrentUser& user);
  api::ReportsOverview overview(const CurrentUser& user, std::optional<Date> due);
  api::NoticeListView publishNotices(const CurrentUser& user);
  api::NoticeLists notices(const CurrentUser& user);
  api::ActionResult decideProposal(std::int64_t applicationId, const CurrentUser& user,
                                   const api::ProposalDecisionBody& body);

  // ---- 第十一条 (change_reports.cpp)
  api::ChangeReportView fileChangeReport(std::int64_t applicationId, const CurrentUser& user,
                                         const api::ChangeReportBody& body);
  api::ChangeReportList changeReports(const CurrentUser& user);
  api::ChangeReportView decideChange(std::int64_t changeId, const CurrentUser& user,
                                     const api::ChangeDecisionBody& body);

  // One admitted application's reporting today (the periods from evaluateReporting, the current period, the
  // proposal basis when 3 periods in a row were missed).
  struct Reporting {
    api::ReportingView view;
    std::optional<Date> proposalBasis;  // due date of the latest period that ended a streak of ≥ 3 misses
  };
  Reporting reporting(const store::ApplicationRow& row, const WorkflowCase& workflow,
                      const std::vector<store::ServiceReportRow>& reports, Date today);

 private:
  api::ChangeReportView changeView(const store::ChangeReportRow& row);
  std::vector<api::RemovalProposalView> pendingProposals(const CurrentUser& user);
  void audit(const CurrentUser& user, const std::string& event, std::int64_t applicationId, const std::string& comment);
  void notifyOwner(const store::ApplicationRow& row, const std::string& title, const std::string& body);

  AppContext& ctx_;
  ReviewService& review_;
};

}  // namespace sxpool::services
