// Reports after admission (docs/api.md "Reports after admission", 指南第十条): like every path of /api/v1, known only
// to the ApiClient.
#include "app/api_client.hpp"

namespace sxpool::web {
void ApiClient::myReports(Reply<api::MyReports> done) {
  typed("GET", "reports/mine", {}, api::decodeMyReports, std::move(done));
}

void ApiClient::fileServiceReport(long id, const api::ServiceReportBody& body, Done done) {
  call("POST", "applications/" + std::to_string(id) + "/service-reports", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::reportsOverview(const std::string& due, Reply<api::ReportsOverview> done) {
  typed("GET", "reports/overview" + (due.empty() ? std::string() : "?due=" + due), {}, api::decodeReportsOverview,
        std::move(done));
}

void ApiClient::reportNotices(Reply<api::NoticeLists> done) {
  typed("GET", "reports/notices", {}, api::decodeNoticeLists, std::move(done));
}

void ApiClient::publishNotices(Done done) {
  call("POST", "reports/notices", "{}", [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::decideProposal(long id, const api::ProposalDecisionBody& body, Done done) {
  call("POST", "applications/" + std::to_string(id) + "/removal-proposal", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::fileChangeReport(long id, const api::ChangeReportBody& body, Done done) {
  call("POST", "applications/" + std::to_string(id) + "/change-reports", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::changeReports(Reply<api::ChangeReportList> done) {
  typed("GET", "change-reports", {}, api::decodeChangeReportList, std::move(done));
}

void ApiClient::decideChange(long changeId, const api::ChangeDecisionBody& body, Done done) {
  call("POST", "change-reports/" + std::to_string(changeId) + "/decision", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

}  // namespace sxpool::web
