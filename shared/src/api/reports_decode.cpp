// The web client's side of the report views (指南第十、十一条): MyReports, ReportsOverview, NoticeLists and
// ChangeReportList decoded
// from what shared/src/api/reports.cpp encodes.
#include "review_support.hpp"
#include "sxpool/api/reports.hpp"

namespace sxpool::api {
namespace {

using detail::json;
using detail::JsonReader;
using Field = std::function<bool(const std::string&, const json&, const std::string&)>;

void readDate(JsonReader& r, const json& v, const std::string& p, Date& out) {
  if (!v.is_null()) r.requiredDate(v, p, out);
}
void readOptDate(JsonReader& r, const json& v, const std::string& p, std::optional<Date>& out) {
  if (v.is_null())
    out.reset();
  else
    r.date(v, p, out);
}
void readDates(JsonReader& r, const json& v, const std::string& p, std::vector<Date>& out) {
  r.array(v, p, [&](const json& d, const std::string& dp) { readDate(r, d, dp, out.emplace_back()); });
}
void readViewCount(JsonReader& r, const json& v, const std::string& p, int& out) {
  detail::readInt(r, v, p, out, -1, INT32_MAX);
}

bool readContent(JsonReader& r, const std::string& k, const json& v, const std::string& p, ServiceReportBody& o) {
  if (k == "periodDue")
    readOptDate(r, v, p, o.periodDue);
  else if (k == "enterprisesServed")
    readViewCount(r, v, p, o.enterprisesServed);
  else if (k == "activities")
    readViewCount(r, v, p, o.activities);
  else if (k == "publicServices")
    readViewCount(r, v, p, o.publicServices);
  else if (k == "income") {
    std::optional<Decimal2> d;
    r.decimal(v, p, d);
    if (d) o.income = *d;
  } else if (k == "cases")
    readViewCount(r, v, p, o.cases);
  else if (k == "summary")
    r.text(v, p, o.summary);
  else
    return false;
  return true;
}

void readReport(JsonReader& r, const json& j, const std::string& path, ServiceReportView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id")
      r.integer(v, p, o.id, 0, INT64_MAX);
    else if (k == "applicationId")
      r.integer(v, p, o.applicationId, 0, INT64_MAX);
    else if (k == "filedOn")
      readDate(r, v, p, o.filedOn);
    else if (k == "periodDue") {
      readDate(r, v, p, o.periodDue);
      o.content.periodDue = o.periodDue;
    } else
      return readContent(r, k, v, p, o.content);
    return true;
  });
}

void readReporting(JsonReader& r, const json& j, const std::string& path, ReportingView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "applicationId") {
      r.integer(v, p, o.applicationId, 0, INT64_MAX);
    } else if (k == "name") {
      r.text(v, p, o.name);
    } else if (k == "uscc") {
      r.text(v, p, o.uscc);
    } else if (k == "cityCode") {
      r.text(v, p, o.cityCode);
    } else if (k == "cityName") {
      r.text(v, p, o.cityName);
    } else if (k == "admittedOn") {
      readDate(r, v, p, o.admittedOn);
    } else if (k == "periods") {
      r.array(v, p, [&](const json& e, const std::string& ep) {
        auto& period = o.periods.emplace_back();
        r.object(e, ep, [&](const std::string& pk, const json& pv, const std::string& pp) {
          if (pk == "start")
            readDate(r, pv, pp, period.start);
          else if (pk == "due")
            readDate(r, pv, pp, period.due);
          else if (pk == "reported")
            r.boolean(pv, pp, period.reported);
          else if (pk == "reportedOn")
            readOptDate(r, pv, pp, period.reportedOn);
          else
            return false;
          return true;
        });
      });
    } else if (k == "currentDue") {
      readDate(r, v, p, o.currentDue);
    } else if (k == "currentReported") {
      r.boolean(v, p, o.currentReported);
    } else if (k == "overdue") {
      readDates(r, v, p, o.overdue);
    } else if (k == "trailingMisses") {
      readViewCount(r, v, p, o.trailingMisses);
    } else if (k == "consequence") {
      detail::readCodeAndLabel(r, v, p, o.consequence);
    } else if (k == "message") {
      r.text(v, p, o.message);
    } else if (k == "reports") {
      r.array(v, p, [&](const json& e, const std::string& ep) { readReport(r, e, ep, o.reports.emplace_back()); });
    } else {
      return false;
    }
    return true;
  });
}

void readCodeName(JsonReader& r, const json& j, const std::string& path, std::string& code, std::string& name,
                  const char* nameKey) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "code")
      r.text(v, p, code);
    else if (k == nameKey)
      r.text(v, p, name);
    else
      return false;
    return true;
  });
}

void readChange(JsonReader& r, const json& j, const std::string& path, ChangeReportView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    static const std::vector<std::pair<const char*, std::string ChangeReportView::*>> texts = {
        {"name", &ChangeReportView::name},
        {"uscc", &ChangeReportView::uscc},
        {"oldName", &ChangeReportView::oldName},
        {"oldAddress", &ChangeReportView::oldAddress},
        {"decisionNote", &ChangeReportView::decisionNote}};
    for (const auto& [key, member] : texts)
      if (k == key) {
        r.text(v, p, o.*member);
        return true;
      }
    if (k == "id")
      r.integer(v, p, o.id, 0, INT64_MAX);
    else if (k == "applicationId")
      r.integer(v, p, o.applicationId, 0, INT64_MAX);
    else if (k == "kind")
      detail::readCodeAndLabel(r, v, p, o.content.kind);
    else if (k == "changeDate")
      readDate(r, v, p, o.content.changeDate);
    else if (k == "description")
      r.text(v, p, o.content.description);
    else if (k == "newName")
      r.text(v, p, o.content.newName);
    else if (k == "newAddress")
      r.text(v, p, o.content.newAddress);
    else if (k == "filedOn")
      readDate(r, v, p, o.filedOn);
    else if (k == "dueOn")
      readDate(r, v, p, o.dueOn);
    else if (k == "overdue")
      r.boolean(v, p, o.overdue);
    else if (k == "reviewUnit")
      readCodeName(r, v, p, o.reviewUnit, o.reviewUnitName, "name");
    else if (k == "state")
      readCodeName(r, v, p, o.state, o.stateLabel, "label");
    else if (k == "decidedOn")
      readOptDate(r, v, p, o.decidedOn);
    else
      return false;
    return true;
  });
}

void readProposal(JsonReader& r, const json& j, const std::string& path, RemovalProposalView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    static const std::vector<std::pair<const char*, std::string RemovalProposalView::*>> texts = {
        {"name", &RemovalProposalView::name},         {"uscc", &RemovalProposalView::uscc},
        {"cityCode", &RemovalProposalView::cityCode}, {"source", &RemovalProposalView::source},
        {"basis", &RemovalProposalView::basis},       {"proposedOn", &RemovalProposalView::proposedOn},
        {"state", &RemovalProposalView::state},       {"note", &RemovalProposalView::note}};
    for (const auto& [key, member] : texts)
      if (k == key) {
        r.text(v, p, o.*member);
        return true;
      }
    if (k == "id")
      r.integer(v, p, o.id, 0, INT64_MAX);
    else if (k == "applicationId")
      r.integer(v, p, o.applicationId, 0, INT64_MAX);
    else if (k == "reason")
      detail::readCodeAndLabel(r, v, p, o.reason);
    else
      return false;
    return true;
  });
}

void readOverviewRow(JsonReader& r, const json& j, const std::string& path, OverviewRow& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "applicationId")
      r.integer(v, p, o.applicationId, 0, INT64_MAX);
    else if (k == "name")
      r.text(v, p, o.name);
    else if (k == "uscc")
      r.text(v, p, o.uscc);
    else if (k == "cityCode")
      r.text(v, p, o.cityCode);
    else if (k == "cityName")
      r.text(v, p, o.cityName);
    else if (k == "reported")
      r.boolean(v, p, o.reported);
    else if (k == "reportedOn")
      readOptDate(r, v, p, o.reportedOn);
    else if (k == "inPeriod")
      r.boolean(v, p, o.inPeriod);
    else if (k == "trailingMisses")
      readViewCount(r, v, p, o.trailingMisses);
    else if (k == "consequence")
      detail::readCodeAndLabel(r, v, p, o.consequence);
    else
      return false;
    return true;
  });
}

void readNotice(JsonReader& r, const json& j, const std::string& path, NoticeListView& o) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id") {
      r.integer(v, p, o.id, 0, INT64_MAX);
    } else if (k == "publishedOn") {
      readDate(r, v, p, o.publishedOn);
    } else if (k == "entries") {
      r.array(v, p, [&](const json& e, const std::string& ep) {
        auto& entry = o.entries.emplace_back();
        r.object(e, ep, [&](const std::string& ek, const json& ev, const std::string& epp) {
          if (ek == "applicationId")
            r.integer(ev, epp, entry.applicationId, 0, INT64_MAX);
          else if (ek == "name")
            r.text(ev, epp, entry.name);
          else if (ek == "uscc")
            r.text(ev, epp, entry.uscc);
          else if (ek == "cityCode")
            r.text(ev, epp, entry.cityCode);
          else if (ek == "cityName")
            r.text(ev, epp, entry.cityName);
          else if (ek == "misses")
            readViewCount(r, ev, epp, entry.misses);
          else if (ek == "missedDues")
            readDates(r, ev, epp, entry.missedDues);
          else
            return false;
          return true;
        });
      });
    } else {
      return false;
    }
    return true;
  });
}

}  // namespace

Parsed<MyReports> decodeMyReports(std::string_view body) {
  return detail::decodeObject<MyReports>(body, [](const json& j, JsonReader& r, MyReports& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "today")
        readDate(r, v, p, o.today);
      else if (k == "items")
        r.array(v, p, [&](const json& e, const std::string& ep) { readReporting(r, e, ep, o.items.emplace_back()); });
      else if (k == "changes")
        r.array(v, p, [&](const json& e, const std::string& ep) { readChange(r, e, ep, o.changes.emplace_back()); });
      else
        return false;
      return true;
    });
  });
}

Parsed<ReportsOverview> decodeReportsOverview(std::string_view body) {
  return detail::decodeObject<ReportsOverview>(body, [](const json& j, JsonReader& r, ReportsOverview& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "today")
        readDate(r, v, p, o.today);
      else if (k == "due")
        readDate(r, v, p, o.due);
      else if (k == "dues")
        readDates(r, v, p, o.dues);
      else if (k == "reported")
        readViewCount(r, v, p, o.reported);
      else if (k == "missing")
        readViewCount(r, v, p, o.missing);
      else if (k == "rows")
        r.array(v, p, [&](const json& e, const std::string& ep) { readOverviewRow(r, e, ep, o.rows.emplace_back()); });
      else if (k == "noticeCandidates")
        r.array(v, p, [&](const json& e, const std::string& ep) {
          readReporting(r, e, ep, o.noticeCandidates.emplace_back());
        });
      else if (k == "proposals")
        r.array(v, p,
                [&](const json& e, const std::string& ep) { readProposal(r, e, ep, o.proposals.emplace_back()); });
      else
        return false;
      return true;
    });
  });
}

Parsed<NoticeLists> decodeNoticeLists(std::string_view body) {
  return detail::decodeObject<NoticeLists>(body, [](const json& j, JsonReader& r, NoticeLists& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "items") return false;
      r.array(v, p, [&](const json& e, const std::string& ep) { readNotice(r, e, ep, o.items.emplace_back()); });
      return true;
    });
  });
}

Parsed<ChangeReportList> decodeChangeReportList(std::string_view body) {
  return detail::decodeObject<ChangeReportList>(body, [](const json& j, JsonReader& r, ChangeReportList& o) {
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k != "items") return false;
      r.array(v, p, [&](const json& e, const std::string& ep) { readChange(r, e, ep, o.items.emplace_back()); });
      return true;
    });
  });
}

}  // namespace sxpool::api
