#pragma once
// After admission on the wire (指南第十、十一条; docs/api.md "Reports"): quarterly service reports, the period overview
// and the 通报 lists, major-change reports, and the removal proposals they lead to.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/date.hpp"
#include "sxpool/management.hpp"
#include "sxpool/money.hpp"

namespace sxpool::api {

// ---- 第十条: POST /api/v1/applications/{id}/service-reports
struct ServiceReportBody {
  std::optional<Date> periodDue;  // the period it is for (its due date); default: the period open today
  int enterprisesServed = 0;      // 服务企业数
  int activities = 0;             // 开展活动次数
  int publicServices = 0;         // 公益性服务次数
  Decimal2 income;                // 服务收入（万元）
  int cases = 0;                  // 典型案例数
  std::string summary;            // 情况说明
};

std::string encode(const ServiceReportBody& body);
Parsed<ServiceReportBody> decodeServiceReportBody(std::string_view body);

struct ServiceReportView {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  Date periodDue;
  Date filedOn;
  ServiceReportBody content;
};

std::string encode(const ServiceReportView& report);

// One institution's reporting as evaluateReporting sees it today.
struct ReportingView {
  std::int64_t applicationId = 0;
  std::string name, uscc, cityCode, cityName;
  Date admittedOn;
  std::vector<PeriodStatus> periods;  // closed periods
  Date currentDue;                    // the period open today
  bool currentReported = false;
  std::vector<Date> overdue;  // closed periods without a report
  int trailingMisses = 0;
  ReportingConsequence consequence = ReportingConsequence::None;
  std::string message;
  std::vector<ServiceReportView> reports;  // the owner's own view only
};

// A removal proposal waiting for the province (or decided).
struct RemovalProposalView {
  std::int64_t id = 0;  // 0: not stored yet (a missed-reports proposal computed today)
  std::int64_t applicationId = 0;
  std::string name, uscc, cityCode;
  std::string source;  // missed_reports | change_report
  std::string basis;   // the third missed period's due date, or the change report's id
  RemovalReason reason = RemovalReason::MissedReports;
  std::string proposedOn;
  std::string state = "pending";  // pending | confirmed | dismissed
  std::string note;
};

// ---- 第十一条: POST /api/v1/applications/{id}/change-reports
struct ChangeReportBody {
  ChangeKind kind = ChangeKind::Other;
  Date changeDate;
  std::string description;
  std::string newName;     // 更名 / 合并 / 重组: the name after the change
  std::string newAddress;  // 迁移: the address after the change
};

std::string encode(const ChangeReportBody& body);
Parsed<ChangeReportBody> decodeChangeReportBody(std::string_view body);

struct ChangeReportView {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  std::string name, uscc;
  ChangeReportBody content;
  Date filedOn;
  Date dueOn;            // change date + 3 months
  bool overdue = false;  // filed after dueOn (第十一条: within 3 months of the change)
  std::string oldName, oldAddress;
  std::string reviewUnit, reviewUnitName;
  std::string state;  // pending | accepted | removal_proposed
  std::string stateLabel;
  std::optional<Date> decidedOn;
  std::string decisionNote;
};

std::string encode(const ChangeReportView& report);

// POST /api/v1/change-reports/{id}/decision: accept | propose_removal.
struct ChangeDecisionBody {
  std::string decision;
  std::string note;
};

std::string encode(const ChangeDecisionBody& body);
Parsed<ChangeDecisionBody> decodeChangeDecisionBody(std::string_view body);

// POST /api/v1/applications/{id}/removal-proposal: the province confirms (→ removal) or dismisses.
struct ProposalDecisionBody {
  std::string decision;  // confirm | dismiss
  std::string note;
};

std::string encode(const ProposalDecisionBody& body);
Parsed<ProposalDecisionBody> decodeProposalDecisionBody(std::string_view body);

// GET /api/v1/reports/mine: the institution's admitted applications with their periods and change reports.
struct MyReports {
  Date today;
  std::vector<ReportingView> items;
  std::vector<ChangeReportView> changes;
};

std::string encode(const MyReports& reply);
Parsed<MyReports> decodeMyReports(std::string_view body);  // reports_decode.cpp, for the web client

// GET /api/v1/reports/overview?due=YYYY-MM-DD: per period, who reported and who did not (the caller's jurisdiction).
struct OverviewRow {
  std::int64_t applicationId = 0;
  std::string name, uscc, cityCode, cityName;
  bool reported = false;
  std::optional<Date> reportedOn;
  bool inPeriod = true;  // false: admitted after this period began (not due yet)
  int trailingMisses = 0;
  ReportingConsequence consequence = ReportingConsequence::None;
};

struct ReportsOverview {
  Date today;
  Date due;                // the period shown
  std::vector<Date> dues;  // the periods one can choose, newest first
  int reported = 0, missing = 0;
  std::vector<OverviewRow> rows;
  std::vector<ReportingView> noticeCandidates;  // 连续2个周期及以上未报送
  std::vector<RemovalProposalView> proposals;   // pending
};

std::string encode(const ReportsOverview& reply);
Parsed<ReportsOverview> decodeReportsOverview(std::string_view body);

// GET /api/v1/reports/notices (and the answer of POST): the published 通报 lists, newest first.
struct NoticeEntry {
  std::int64_t applicationId = 0;
  std::string name, uscc, cityCode, cityName;
  int misses = 0;
  std::vector<Date> missedDues;
};

struct NoticeListView {
  std::int64_t id = 0;
  Date publishedOn;
  std::vector<NoticeEntry> entries;
};

struct NoticeLists {
  std::vector<NoticeListView> items;
};

// POST /api/v1/reports/notices: publishes today's list; the body is {} (or empty).
struct NoticePublishRequest {};

Parsed<NoticePublishRequest> decodeNoticePublishRequest(std::string_view body);

std::string encode(const NoticeListView& list);
std::string encode(const NoticeLists& lists);
Parsed<NoticeLists> decodeNoticeLists(std::string_view body);

// GET /api/v1/change-reports: the change reports the caller verifies or may read, newest first.
struct ChangeReportList {
  std::vector<ChangeReportView> items;
};

std::string encode(const ChangeReportList& list);
Parsed<ChangeReportList> decodeChangeReportList(std::string_view body);

}  // namespace sxpool::api
