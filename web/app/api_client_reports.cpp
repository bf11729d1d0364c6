// Reports after admission (docs/api.md "Reports after admission", 指南第十条): like every path of /api/v1, known only
// to the ApiClient.
#include "app/api_client.hpp"

namespace sxpool::web {
namespace {

// An ok answer whose body did not decode: the client and server disagree on the format.
template <class T>
std::function<void(const ApiResult&, const std::string&)> decoded(api::Parsed<T> (*decode)(std::string_view),
                                                                  ApiClient::Reply<T> done) {
  return [decode, done](const ApiResult& r, const std::string& body) {
    if (!r.ok()) return done(r, T{});
    if (auto parsed = decode(body)) return done(r, *parsed);
    ApiResult bad = r;
    bad.error = "bad_reply";
    bad.message = "服务器的回答无法识别（可能是版本不一致）：请刷新页面后重试";
    done(bad, T{});
  };
}

}  // namespace

void ApiClient::myReports(Reply<api::MyReports> done) {
  call("GET", "reports/mine", {}, decoded(api::decodeMyReports, std::move(done)));
}

void ApiClient::fileServiceReport(long id, const api::ServiceReportBody& body, Done done) {
  call("POST", "applications/" + std::to_string(id) + "/service-reports", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

void ApiClient::reportsOverview(const std::string& due, Reply<api::ReportsOverview> done) {
  call("GET", "reports/overview" + (due.empty() ? std::string() : "?due=" + due), {},
       decoded(api::decodeReportsOverview, std::move(done)));
}

void ApiClient::reportNotices(Reply<api::NoticeLists> done) {
  call("GET", "reports/notices", {}, decoded(api::decodeNoticeLists, std::move(done)));
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
  call("GET", "change-reports", {}, decoded(api::decodeChangeReportList, std::move(done)));
}

void ApiClient::decideChange(long changeId, const api::ChangeDecisionBody& body, Done done) {
  call("POST", "change-reports/" + std::to_string(changeId) + "/decision", api::encode(body),
       [done](const ApiResult& r, const std::string&) { done(r); });
}

}  // namespace sxpool::web
