#include "sxpool/management.hpp"

#include <algorithm>

#include "sxpool/text.hpp"

namespace sxpool {

// ---- 第九条
ServiceCharacter suggestCharacter(InstitutionNature nature) {
  switch (nature) {
    case InstitutionNature::GovernmentOrgan:
    case InstitutionNature::PublicInstitution:
    case InstitutionNature::MassOrganization:
    case InstitutionNature::SocialOrganization:
    case InstitutionNature::PrivateNonEnterprise:
    case InstitutionNature::Foundation: return ServiceCharacter::PublicWelfare;
    default: return ServiceCharacter::Socialized;
  }
}

std::vector<ServiceClass> classesOf(const Application& app, const RoundSettings& round) {
  std::vector<ServiceClass> out;
  for (ServiceDirection d : app.basic.directions) {
    const ServiceClass c = round.classOf(d);
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

Classification classify(const Application& app, const RoundSettings& round) {
  return Classification{suggestCharacter(app.basic.nature), classesOf(app, round)};
}

// ---- 第十条
Date firstDueDateAfter(const Date& d) {
  for (int month : {3, 6, 9, 12}) {
    const Date due{d.year, month, 15};
    if (due > d) return due;
  }
  return Date{d.year + 1, 3, 15};
}

std::vector<Date> quarterlyDueDates(const Date& admittedOn, const Date& until) {
  std::vector<Date> out;
  for (Date due = firstDueDateAfter(admittedOn); due <= until; due = firstDueDateAfter(due)) out.push_back(due);
  return out;
}

Date currentPeriodDue(const Date& admittedOn, const Date& today) {
  const Date dayBefore = today.addDays(-1);
  return firstDueDateAfter(dayBefore < admittedOn ? admittedOn : dayBefore);
}

ReportingStatus evaluateReporting(const Date& admittedOn, const std::vector<Date>& reportsReceived, const Date& today,
                                  const RoundSettings& round) {
  ReportingStatus s;
  std::vector<Date> reports = reportsReceived;
  std::sort(reports.begin(), reports.end());
  Date start = admittedOn.addDays(1);
  int streak = 0;
  for (Date due = firstDueDateAfter(admittedOn); due < today; due = firstDueDateAfter(due)) {
    PeriodStatus p{start, due, false, std::nullopt};
    const auto it = std::lower_bound(reports.begin(), reports.end(), start);
    if (it != reports.end() && *it <= due) {
      p.reported = true;
      p.reportedOn = *it;
    }
    streak = p.reported ? 0 : streak + 1;
    s.longestMissStreak = std::max(s.longestMissStreak, streak);
    s.periods.push_back(p);
    start = due.addDays(1);
  }
  s.trailingMisses = streak;
  s.nextDue = firstDueDateAfter(today.addDays(-1));
  if (s.longestMissStreak >= round.missesForRemoval) {
    s.consequence = ReportingConsequence::Removal;
    s.message =
        "已连续" + std::to_string(s.longestMissStreak) + "个周期未按规定报送服务情况，按指南第十条应移出服务资源库";
  } else if (s.trailingMisses >= round.missesForNotice) {
    s.consequence = ReportingConsequence::Notice;
    s.message = "已连续" + std::to_string(s.trailingMisses) + "个周期未按规定报送服务情况，按指南第十条给予通报；请在" +
                formatDate(s.nextDue) + "前报送本周期服务情况，再漏报一次将移出服务资源库";
  } else {
    s.message = "请在" + formatDate(s.nextDue) + "前报送本周期服务情况";
  }
  return s;
}

// ---- 第十一条
Date changeReportDeadline(const Date& changeDate, const RoundSettings& round) {
  return changeDate.addMonths(round.changeReportMonths);
}

bool isChangeReportOnTime(const Date& changeDate, const Date& reportDate, const RoundSettings& round) {
  return reportDate >= changeDate && reportDate <= changeReportDeadline(changeDate, round);
}

// ---- 第十二条
bool carriesReentryBan(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::MissedReports:
    case RemovalReason::NoLongerEligible:
    case RemovalReason::EvaluationFailed: return false;
    default: return true;
  }
}

BanCheck checkReentryBan(std::string_view uscc, const Date& date, const std::vector<RemovalRecord>& removals,
                         const RoundSettings& round) {
  BanCheck result;
  const std::string_view code = trimmed(uscc);
  if (code.empty()) return result;
  for (const auto& r : removals) {
    if (trimmed(r.uscc) != code || !carriesReentryBan(r.reason)) continue;
    const Date until = r.removedOn.addYears(round.reentryBanYears);
    if (date >= r.removedOn && date < until && (!result.until || until > *result.until)) {
      result.banned = true;
      result.until = until;
      result.record = r;
    }
  }
  if (result.banned)
    result.message = "统一社会信用代码" + std::string(code) + "的机构于" + formatDate(result.record->removedOn) +
                     "因“" + std::string(labelOf(result.record->reason)) + "”被移出服务资源库，按指南第十二条" +
                     std::to_string(round.reentryBanYears) + "年内不得再次入库，" + formatDate(*result.until) +
                     "起方可重新申请";
  return result;
}

}  // namespace sxpool
