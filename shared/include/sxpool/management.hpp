#pragma once
// After admission (指南第九–十二条): classification, quarterly reports, change reports, removal and the ban.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/application.hpp"
#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"
#include "sxpool/round.hpp"

namespace sxpool {

// ---- 第九条: classification
struct Classification {
  ServiceCharacter character = ServiceCharacter::Socialized;
  std::vector<ServiceClass> classes;  // from the chosen directions, duplicates folded, in direction order
};

// Suggestion only (the province decides): 机关/事业单位/群众团体/社会团体/民非/基金会 → 公益性, others → 社会化.
ServiceCharacter suggestCharacter(InstitutionNature nature);
std::vector<ServiceClass> classesOf(const Application& app, const RoundSettings& round);
Classification classify(const Application& app, const RoundSettings& round);

// ---- 第十条: quarterly service reports, due on or before 3/15, 6/15, 9/15, 12/15
Date firstDueDateAfter(const Date& d);                                           // strictly after d
std::vector<Date> quarterlyDueDates(const Date& admittedOn, const Date& until);  // (admittedOn, until]

// The due date of the period open on `today` for an institution admitted on `admittedOn`: the first due date on or
// after today, but never one on or before the admission day (the first period starts the day after).
Date currentPeriodDue(const Date& admittedOn, const Date& today);

enum class ReportingConsequence { None, Notice, Removal };

template <>
struct EnumTable<ReportingConsequence> {
  static constexpr EnumEntry<ReportingConsequence> entries[] = {
      {ReportingConsequence::None, "none", "正常"},
      {ReportingConsequence::Notice, "notice", "通报（连续2个周期未报送）"},
      {ReportingConsequence::Removal, "removal", "移出资源库（连续3个周期未报送）"},
  };
};

// Period k runs from the day after the previous due date (the first: the day after admission) to its due date,
// inclusive; a report received inside it counts for it.
struct PeriodStatus {
  Date start;
  Date due;
  bool reported = false;
  std::optional<Date> reportedOn;
};

struct ReportingStatus {
  std::vector<PeriodStatus> periods;  // closed periods only (due < today)
  int trailingMisses = 0;             // consecutive misses ending at the last closed period
  int longestMissStreak = 0;
  ReportingConsequence consequence = ReportingConsequence::None;
  Date nextDue;         // the first due date on or after today
  std::string message;  // Chinese summary
};

ReportingStatus evaluateReporting(const Date& admittedOn, const std::vector<Date>& reportsReceived, const Date& today,
                                  const RoundSettings& round);

// ---- 第十一条: major changes
enum class ChangeKind { Rename, Merger, Restructuring, Relocation, Other };

template <>
struct EnumTable<ChangeKind> {
  static constexpr EnumEntry<ChangeKind> entries[] = {
      {ChangeKind::Rename, "rename", "更名"},
      {ChangeKind::Merger, "merger", "合并"},
      {ChangeKind::Restructuring, "restructuring", "重组"},
      {ChangeKind::Relocation, "relocation", "迁移"},
      {ChangeKind::Other, "other", "其他与入库条件有关的重大变化"},
  };
};

Date changeReportDeadline(const Date& changeDate, const RoundSettings& round);  // change + 3 months, inclusive
bool isChangeReportOnTime(const Date& changeDate, const Date& reportDate, const RoundSettings& round);

// ---- 第十、十一、十二条: removal and the 2-year ban
enum class RemovalReason {
  MissedReports,              // 第十条 连续3个周期未报送
  NoLongerEligible,           // 第十一条 不再符合入库条件
  EvaluationFailed,           // 第十二条 评价不符合要求
  DishonestExecutee,          // 失信被执行人
  SeriousDishonesty,          // 严重失信主体名单
  AbnormalOperation,          // 异常经营名录
  TaxViolationBlacklist,      // 税收违法黑名单
  TaxEvasion,                 // 偷税漏税等违法违规行为
  LegalRepresentativeRecord,  // 法人存在失信、违法记录
  DataFraud,                  // 数据造假、夸大成效
};

template <>
struct EnumTable<RemovalReason> {
  static constexpr EnumEntry<RemovalReason> entries[] = {
      {RemovalReason::MissedReports, "missed_reports", "连续3个周期未按规定报送服务情况"},
      {RemovalReason::NoLongerEligible, "no_longer_eligible", "发生重大变化后不再符合入库条件"},
      {RemovalReason::EvaluationFailed, "evaluation_failed", "年度评价不符合要求"},
      {RemovalReason::DishonestExecutee, "dishonest_executee", "被列入失信被执行人"},
      {RemovalReason::SeriousDishonesty, "serious_dishonesty", "被列入严重失信主体名单"},
      {RemovalReason::AbnormalOperation, "abnormal_operation", "被列入异常经营名录"},
      {RemovalReason::TaxViolationBlacklist, "tax_blacklist", "被列入税收违法黑名单"},
      {RemovalReason::TaxEvasion, "tax_evasion", "发生偷税漏税等违法违规行为"},
      {RemovalReason::LegalRepresentativeRecord, "legal_rep_record", "法人存在失信、违法记录"},
      {RemovalReason::DataFraud, "data_fraud", "存在数据造假、夸大成效等情形"},
  };
};

// 第十二条 second paragraph: direct removal with at least 2 years' ban.
bool carriesReentryBan(RemovalReason reason);

struct RemovalRecord {
  std::string uscc;
  Date removedOn;
  RemovalReason reason = RemovalReason::EvaluationFailed;
};

struct BanCheck {
  bool banned = false;
  std::optional<Date> until;  // first day re-entry is possible again
  std::optional<RemovalRecord> record;
  std::string message;  // Chinese, set when banned
};

// Is `uscc` barred from entry on `date`? Banned while date < removedOn + 2 years, for ban-carrying reasons.
BanCheck checkReentryBan(std::string_view uscc, const Date& date, const std::vector<RemovalRecord>& removals,
                         const RoundSettings& round);

}  // namespace sxpool
