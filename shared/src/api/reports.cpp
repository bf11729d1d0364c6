// After admission on the wire (指南第十、十一条): the report bodies, decisions and the views of periods, 通报 lists and
// change reports.
#include "sxpool/api/reports.hpp"

#include <algorithm>

#include "review_support.hpp"
#include "sxpool/text.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;

constexpr int kMaxCount = 1000000;
constexpr size_t kMaxText = 4000;  // bytes of free text

json dateText(const Date& d) { return formatDate(d); }
using detail::dateOrNull;

json datesJson(const std::vector<Date>& dates) {
  json out = json::array();
  for (const auto& d : dates) out.push_back(formatDate(d));
  return out;
}

void readCount(JsonReader& r, const json& v, const std::string& p, int& out) {
  detail::readInt(r, v, p, out, 0, kMaxCount);
}

void readLongText(JsonReader& r, const json& v, const std::string& p, std::string& out, size_t limit = kMaxText) {
  r.text(v, p, out);
  if (out.size() > limit) r.error(p, "内容过长，请控制在" + std::to_string(limit / 3) + "字以内");
}

json contentJson(const ServiceReportBody& b) {
  return json{{"periodDue", dateOrNull(b.periodDue)},
              {"enterprisesServed", b.enterprisesServed},
              {"activities", b.activities},
              {"publicServices", b.publicServices},
              {"income", formatDecimal2(b.income)},
              {"cases", b.cases},
              {"summary", b.summary}};
}

json reportJson(const ServiceReportView& v) {
  json j = contentJson(v.content);
  j["id"] = v.id;
  j["applicationId"] = v.applicationId;
  j["periodDue"] = dateText(v.periodDue);
  j["filedOn"] = dateText(v.filedOn);
  return j;
}

json reportingJson(const ReportingView& v) {
  json periods = json::array();
  for (const auto& p : v.periods)
    periods.push_back({{"start", dateText(p.start)},
                       {"due", dateText(p.due)},
                       {"reported", p.reported},
                       {"reportedOn", dateOrNull(p.reportedOn)}});
  json reports = json::array();
  for (const auto& r : v.reports) reports.push_back(reportJson(r));
  return json{{"applicationId", v.applicationId},
              {"name", v.name},
              {"uscc", v.uscc},
              {"cityCode", v.cityCode},
              {"cityName", v.cityName},
              {"admittedOn", dateText(v.admittedOn)},
              {"periods", std::move(periods)},
              {"currentDue", dateText(v.currentDue)},
              {"currentReported", v.currentReported},
              {"overdue", datesJson(v.overdue)},
              {"trailingMisses", v.trailingMisses},
              {"consequence", detail::codeAndLabel(v.consequence)},
              {"message", v.message},
              {"reports", std::move(reports)}};
}

json proposalJson(const RemovalProposalView& v) {
  return json{{"id", v.id},
              {"applicationId", v.applicationId},
              {"name", v.name},
              {"uscc", v.uscc},
              {"cityCode", v.cityCode},
              {"source", v.source},
              {"basis", v.basis},
              {"reason", detail::codeAndLabel(v.reason)},
              {"proposedOn", v.proposedOn},
              {"state", v.state},
              {"note", v.note}};
}

json changeContentJson(const ChangeReportBody& b) {
  return json{{"kind", detail::codeAndLabel(b.kind)},
              {"changeDate", dateText(b.changeDate)},
              {"description", b.description},
              {"newName", b.newName},
              {"newAddress", b.newAddress}};
}

json changeJson(const ChangeReportView& v) {
  json j = changeContentJson(v.content);
  j.update(json{{"id", v.id},
                {"applicationId", v.applicationId},
                {"name", v.name},
                {"uscc", v.uscc},
                {"filedOn", dateText(v.filedOn)},
                {"dueOn", dateText(v.dueOn)},
                {"overdue", v.overdue},
                {"oldName", v.oldName},
                {"oldAddress", v.oldAddress},
                {"reviewUnit", {{"code", v.reviewUnit}, {"name", v.reviewUnitName}}},
                {"state", {{"code", v.state}, {"label", v.stateLabel}}},
                {"decidedOn", dateOrNull(v.decidedOn)},
                {"decisionNote", v.decisionNote}});
  return j;
}

json noticeJson(const NoticeListView& l) {
  json entries = json::array();
  for (const auto& e : l.entries)
    entries.push_back({{"applicationId", e.applicationId},
                       {"name", e.name},
                       {"uscc", e.uscc},
                       {"cityCode", e.cityCode},
                       {"cityName", e.cityName},
                       {"misses", e.misses},
                       {"missedDues", datesJson(e.missedDues)}});
  return json{{"id", l.id}, {"publishedOn", dateText(l.publishedOn)}, {"entries", std::move(entries)}};
}

// A decision body: {"decision": one of `allowed`, "note": text}; `noteRequiredFor` needs a note.
template <class T>
Parsed<T> decodeDecision(std::string_view body, const std::vector<std::string>& allowed,
                         const std::string& noteRequiredFor) {
  return detail::decodeObject<T>(body, [&](const json& j, JsonReader& r, T& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "decision")
        r.text(v, p, o.decision);
      else if (k == "note")
        readLongText(r, v, p, o.note);
      else
        return false;
      return true;
    });
    std::string choices;
    for (const auto& a : allowed) choices += (choices.empty() ? "" : "、") + a;
    if (std::find(allowed.begin(), allowed.end(), o.decision) == allowed.end())
      r.error("decision", "「decision」应为以下之一：" + choices);
    else if (o.decision == noteRequiredFor && isBlank(o.note))
      r.error("note", "请填写理由（note）");
  });
}

}  // namespace

std::string encode(const ServiceReportBody& body) { return detail::dump(contentJson(body)); }

Parsed<ServiceReportBody> decodeServiceReportBody(std::string_view body) {
  return detail::decodeObject<ServiceReportBody>(body, [](const json& j, JsonReader& r, ServiceReportBody& o) {
    bool sawIncome = false;
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "periodDue") {
        r.date(v, p, o.periodDue);
      } else if (k == "enterprisesServed") {
        readCount(r, v, p, o.enterprisesServed);
      } else if (k == "activities") {
        readCount(r, v, p, o.activities);
      } else if (k == "publicServices") {
        readCount(r, v, p, o.publicServices);
      } else if (k == "income") {
        std::optional<Decimal2> income;
        r.decimal(v, p, income);
        sawIncome = income.has_value();
        if (income && *income < Decimal2{}) r.error(p, "服务收入不能为负数");
        if (income) o.income = *income;
      } else if (k == "cases") {
        readCount(r, v, p, o.cases);
      } else if (k == "summary") {
        readLongText(r, v, p, o.summary);
      } else {
        return false;
      }
      return true;
    });
    if (!sawIncome && j.is_object() && !j.contains("income")) r.error("income", "请填写服务收入（万元，可为0）");
    if (isBlank(o.summary) && j.is_object() && !j.contains("summary"))
      r.error("summary", "请填写本周期服务情况说明（summary）");
  });
}

std::string encode(const ServiceReportView& report) { return detail::dump(reportJson(report)); }

std::string encode(const ChangeReportBody& body) { return detail::dump(changeContentJson(body)); }

Parsed<ChangeReportBody> decodeChangeReportBody(std::string_view body) {
  return detail::decodeObject<ChangeReportBody>(body, [](const json& j, JsonReader& r, ChangeReportBody& o) {
    bool sawKind = false, sawDate = false;
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "kind") {
        sawKind = true;
        r.enumeration(v, p, o.kind);
      } else if (k == "changeDate") {
        sawDate = true;
        r.requiredDate(v, p, o.changeDate);
      } else if (k == "description") {
        readLongText(r, v, p, o.description);
      } else if (k == "newName") {
        readLongText(r, v, p, o.newName, 300);
      } else if (k == "newAddress") {
        readLongText(r, v, p, o.newAddress, 600);
      } else {
        return false;
      }
      return true;
    });
    if (!j.is_object()) return;
    if (!sawKind) r.error("kind", "请选择变化类型（" + codesOf<ChangeKind>() + "）");
    if (!sawDate) r.error("changeDate", "请填写发生变化的日期（YYYY-MM-DD）");
    if (isBlank(o.description)) r.error("description", "请说明变化的内容（description）");
    if (sawKind && o.kind == ChangeKind::Rename && isBlank(o.newName))
      r.error("newName", "更名请填写变更后的单位名称（newName）");
    if (sawKind && o.kind == ChangeKind::Relocation && isBlank(o.newAddress))
      r.error("newAddress", "迁移请填写迁移后的地址（newAddress）");
  });
}

std::string encode(const ChangeReportView& report) { return detail::dump(changeJson(report)); }

std::string encode(const ChangeDecisionBody& body) {
  return detail::dump(json{{"decision", body.decision}, {"note", body.note}});
}
Parsed<ChangeDecisionBody> decodeChangeDecisionBody(std::string_view body) {
  return decodeDecision<ChangeDecisionBody>(body, {"accept", "propose_removal"}, "propose_removal");
}

std::string encode(const ProposalDecisionBody& body) {
  return detail::dump(json{{"decision", body.decision}, {"note", body.note}});
}
Parsed<ProposalDecisionBody> decodeProposalDecisionBody(std::string_view body) {
  return decodeDecision<ProposalDecisionBody>(body, {"confirm", "dismiss"}, "dismiss");
}

std::string encode(const MyReports& reply) {
  json items = json::array(), changes = json::array();
  for (const auto& i : reply.items) items.push_back(reportingJson(i));
  for (const auto& c : reply.changes) changes.push_back(changeJson(c));
  return detail::dump(
      json{{"today", dateText(reply.today)}, {"items", std::move(items)}, {"changes", std::move(changes)}});
}

std::string encode(const ReportsOverview& reply) {
  json rows = json::array(), candidates = json::array(), proposals = json::array();
  for (const auto& r : reply.rows)
    rows.push_back({{"applicationId", r.applicationId},
                    {"name", r.name},
                    {"uscc", r.uscc},
                    {"cityCode", r.cityCode},
                    {"cityName", r.cityName},
                    {"reported", r.reported},
                    {"reportedOn", dateOrNull(r.reportedOn)},
                    {"inPeriod", r.inPeriod},
                    {"trailingMisses", r.trailingMisses},
                    {"consequence", detail::codeAndLabel(r.consequence)}});
  for (const auto& c : reply.noticeCandidates) candidates.push_back(reportingJson(c));
  for (const auto& p : reply.proposals) proposals.push_back(proposalJson(p));
  return detail::dump(json{{"today", dateText(reply.today)},
                           {"due", dateText(reply.due)},
                           {"dues", datesJson(reply.dues)},
                           {"reported", reply.reported},
                           {"missing", reply.missing},
                           {"rows", std::move(rows)},
                           {"noticeCandidates", std::move(candidates)},
                           {"proposals", std::move(proposals)}});
}

Parsed<NoticePublishRequest> decodeNoticePublishRequest(std::string_view body) {
  return detail::decodeObject<NoticePublishRequest>(body, [](const json& j, JsonReader& r, NoticePublishRequest&) {
    r.object(j, "", [](const std::string&, const json&, const std::string&) { return false; });
  });
}

std::string encode(const NoticeListView& list) { return detail::dump(noticeJson(list)); }

std::string encode(const NoticeLists& lists) {
  json items = json::array();
  for (const auto& l : lists.items) items.push_back(noticeJson(l));
  return detail::dump(json{{"items", std::move(items)}});
}

std::string encode(const ChangeReportList& list) {
  json items = json::array();
  for (const auto& c : list.items) items.push_back(changeJson(c));
  return detail::dump(json{{"items", std::move(items)}});
}

}  // namespace sxpool::api
