// 指南第九–十二条: after admission.
#include <catch2/catch.hpp>

#include "sxpool/management.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("第九条 服务类别：知识产权、出海服务归其他类（可配置）") {
  Application a = validSample(1);
  a.basic.directions = {ServiceDirection::IntellectualProperty, ServiceDirection::GoingGlobal};
  CHECK(classesOf(a, round()) == std::vector<ServiceClass>{ServiceClass::Other});
  a.basic.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::FinancingPromotion};
  CHECK(classesOf(a, round()) ==
        std::vector<ServiceClass>{ServiceClass::DigitalEmpowerment, ServiceClass::FinancingPromotion});
  RoundSettings r = round();
  r.directionClass[ServiceDirection::IntellectualProperty] = ServiceClass::AchievementTransfer;
  a.basic.directions = {ServiceDirection::IntellectualProperty};
  CHECK(classesOf(a, r) == std::vector<ServiceClass>{ServiceClass::AchievementTransfer});
  for (const auto& e : entriesOf<ServiceDirection>()) CHECK(round().directionClass.count(e.value) == 1);
}

TEST_CASE("第九条 服务性质：按机构性质建议") {
  CHECK(suggestCharacter(InstitutionNature::PublicInstitution) == ServiceCharacter::PublicWelfare);
  CHECK(suggestCharacter(InstitutionNature::SocialOrganization) == ServiceCharacter::PublicWelfare);
  CHECK(suggestCharacter(InstitutionNature::Enterprise) == ServiceCharacter::Socialized);
  const Classification c = classify(validSample(1), round());
  CHECK(c.character == ServiceCharacter::Socialized);
  CHECK_FALSE(c.classes.empty());
}

TEST_CASE("第十条 季度报送截止日：入库后的第一个截止日起") {
  CHECK(firstDueDateAfter({2026, 10, 10}) == Date{2026, 12, 15});
  CHECK(firstDueDateAfter({2026, 12, 15}) == Date{2027, 3, 15});
  CHECK(firstDueDateAfter({2026, 3, 14}) == Date{2026, 3, 15});
  const auto dues = quarterlyDueDates({2026, 10, 10}, {2027, 9, 15});
  CHECK(dues == std::vector<Date>{{2026, 12, 15}, {2027, 3, 15}, {2027, 6, 15}, {2027, 9, 15}});
}

TEST_CASE("第十条 连续2个周期未报送通报，连续3个周期移出") {
  const Date admitted{2025, 10, 20};
  struct Row {
    const char* name;
    std::vector<Date> reports;
    Date today;
    int trailing;
    ReportingConsequence consequence;
  };
  const std::vector<Row> rows = {
      {"按时报送", {{2025, 12, 1}, {2026, 3, 10}, {2026, 6, 15}}, {2026, 6, 20}, 0, ReportingConsequence::None},
      {"漏报1次", {{2025, 12, 1}, {2026, 3, 10}}, {2026, 6, 20}, 1, ReportingConsequence::None},
      {"连续漏报2次", {{2025, 12, 1}}, {2026, 6, 20}, 2, ReportingConsequence::Notice},
      {"连续漏报3次", {{2025, 12, 1}}, {2026, 9, 16}, 3, ReportingConsequence::Removal},
      {"截止日当天未过期", {{2025, 12, 1}}, {2026, 6, 15}, 1, ReportingConsequence::None},
      // A report counts for the period in which it arrives: 3/16 is late for Q1 and counts for Q2.
      {"逾期报送计入收到时所在周期", {{2025, 12, 1}, {2026, 3, 16}}, {2026, 9, 16}, 1, ReportingConsequence::None},
      {"报送后又连续漏报2次", {{2025, 12, 1}, {2026, 3, 16}}, {2026, 12, 16}, 2, ReportingConsequence::Notice},
      {"漏报2次后恢复", {{2026, 6, 1}}, {2026, 6, 20}, 0, ReportingConsequence::None},
  };
  for (const auto& r : rows) {
    INFO(r.name);
    const ReportingStatus s = evaluateReporting(admitted, r.reports, r.today, round());
    CHECK(s.trailingMisses == r.trailing);
    CHECK(s.consequence == r.consequence);
    CHECK_FALSE(s.message.empty());
  }
  const ReportingStatus s = evaluateReporting(admitted, {}, {2026, 6, 20}, round());
  CHECK(s.periods.size() == 3);
  CHECK(s.periods[0].start == Date{2025, 10, 21});
  CHECK(s.periods[0].due == Date{2025, 12, 15});
  CHECK(s.nextDue == Date{2026, 9, 15});
  CHECK(s.longestMissStreak == 3);
}

TEST_CASE("第十一条 重大变化3个月内报告") {
  CHECK(changeReportDeadline({2026, 1, 31}, round()) == Date{2026, 4, 30});
  CHECK(changeReportDeadline({2026, 11, 30}, round()) == Date{2027, 2, 28});
  CHECK(isChangeReportOnTime({2026, 1, 31}, {2026, 4, 30}, round()));
  CHECK_FALSE(isChangeReportOnTime({2026, 1, 31}, {2026, 5, 1}, round()));
  CHECK_FALSE(isChangeReportOnTime({2026, 1, 31}, {2026, 1, 30}, round()));
}

TEST_CASE("第十二条 移出原因与2年禁入") {
  for (auto r : {RemovalReason::DishonestExecutee, RemovalReason::SeriousDishonesty, RemovalReason::AbnormalOperation,
                 RemovalReason::TaxViolationBlacklist, RemovalReason::TaxEvasion,
                 RemovalReason::LegalRepresentativeRecord, RemovalReason::DataFraud})
    CHECK(carriesReentryBan(r));
  for (auto r : {RemovalReason::MissedReports, RemovalReason::NoLongerEligible, RemovalReason::EvaluationFailed})
    CHECK_FALSE(carriesReentryBan(r));
  const std::string code = validSample(1).basic.uscc;
  const std::vector<RemovalRecord> removals = {{code, {2025, 3, 1}, RemovalReason::DataFraud},
                                               {"91110000600037341L", {2025, 3, 1}, RemovalReason::DataFraud},
                                               {code, {2024, 1, 1}, RemovalReason::EvaluationFailed}};
  const BanCheck in = checkReentryBan(code, {2027, 2, 28}, removals, round());
  CHECK(in.banned);
  CHECK(in.until == Date{2027, 3, 1});
  CHECK(in.message.find("数据造假") != std::string::npos);
  CHECK(in.message.find("2027-03-01") != std::string::npos);
  CHECK_FALSE(checkReentryBan(code, {2027, 3, 1}, removals, round()).banned);
  CHECK_FALSE(checkReentryBan(code, {2025, 2, 28}, removals, round()).banned);
  CHECK_FALSE(checkReentryBan("91140105MA0K12345X", {2026, 1, 1}, removals, round()).banned);
  CHECK_FALSE(checkReentryBan("", {2026, 1, 1}, removals, round()).banned);
}
