// 指南第十、十一条 after admission: due dates and miss counting across a year end and a late admission, the period
// open on a given day, and change-report deadlines at month ends.
#include <catch2/catch.hpp>

#include "sxpool/management.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("第十条 报送周期跨年：12月15日之后的下一个截止日是次年3月15日") {
  CHECK(firstDueDateAfter({2026, 12, 16}) == Date{2027, 3, 15});
  CHECK(firstDueDateAfter({2026, 12, 31}) == Date{2027, 3, 15});
  CHECK(quarterlyDueDates({2026, 11, 1}, {2027, 6, 15}) ==
        std::vector<Date>{{2026, 12, 15}, {2027, 3, 15}, {2027, 6, 15}});
  // Admitted 2026-11-01, nothing reported: on 2027-03-16 the 12/15 and 3/15 periods are missed → 通报.
  const auto s = evaluateReporting({2026, 11, 1}, {}, {2027, 3, 16}, round());
  REQUIRE(s.periods.size() == 2);
  CHECK(s.periods[0].start == Date{2026, 11, 2});
  CHECK(s.periods[0].due == Date{2026, 12, 15});
  CHECK(s.periods[1].start == Date{2026, 12, 16});
  CHECK(s.periods[1].due == Date{2027, 3, 15});
  CHECK(s.trailingMisses == 2);
  CHECK(s.consequence == ReportingConsequence::Notice);
  CHECK(s.nextDue == Date{2027, 6, 15});
  // A report on 12/31 counts for the period that runs over the year end.
  const auto r = evaluateReporting({2026, 11, 1}, {{2026, 12, 31}}, {2027, 3, 16}, round());
  CHECK_FALSE(r.periods[0].reported);
  CHECK(r.periods[1].reported);
  CHECK(r.trailingMisses == 0);
  CHECK(r.longestMissStreak == 1);
  CHECK(r.consequence == ReportingConsequence::None);
}

TEST_CASE("第十条 入库晚于截止日：从入库后的第一个截止日起算") {
  // Admitted on a due date: that day's period is not the institution's; its first is the next one.
  CHECK(firstDueDateAfter({2026, 6, 15}) == Date{2026, 9, 15});
  CHECK(quarterlyDueDates({2026, 6, 15}, {2026, 9, 15}) == std::vector<Date>{{2026, 9, 15}});
  // Admitted 2026-12-20 (after the year's last due date): nothing is due before 2027-03-15.
  CHECK(evaluateReporting({2026, 12, 20}, {}, {2027, 3, 15}, round()).periods.empty());
  const auto late = evaluateReporting({2026, 12, 20}, {}, {2027, 6, 16}, round());
  CHECK(late.periods.size() == 2);
  CHECK(late.trailingMisses == 2);
  CHECK(late.consequence == ReportingConsequence::Notice);
  const auto three = evaluateReporting({2026, 12, 20}, {}, {2027, 9, 16}, round());
  CHECK(three.trailingMisses == 3);
  CHECK(three.consequence == ReportingConsequence::Removal);
  // A 2025 institution (imported) counts from its own first period, not from the 2026 round.
  const auto imported = evaluateReporting({2025, 11, 3}, {{2025, 12, 10}}, {2026, 6, 16}, round());
  REQUIRE(imported.periods.size() == 3);
  CHECK(imported.periods[0].due == Date{2025, 12, 15});
  CHECK(imported.periods[0].reported);
  CHECK(imported.trailingMisses == 2);
}

TEST_CASE("第十条 当前周期：今天所在周期的截止日，入库当天不属于任何周期") {
  CHECK(currentPeriodDue({2026, 4, 10}, {2026, 4, 20}) == Date{2026, 6, 15});
  CHECK(currentPeriodDue({2026, 4, 10}, {2026, 6, 15}) == Date{2026, 6, 15});  // the due date itself is still open
  CHECK(currentPeriodDue({2026, 4, 10}, {2026, 6, 16}) == Date{2026, 9, 15});
  CHECK(currentPeriodDue({2026, 6, 15}, {2026, 6, 15}) == Date{2026, 9, 15});  // admitted on a due date
  CHECK(currentPeriodDue({2026, 12, 20}, {2026, 12, 20}) == Date{2027, 3, 15});
  CHECK(currentPeriodDue({2026, 11, 1}, {2026, 12, 16}) == Date{2027, 3, 15});
  // A report for the open period, recorded at its due date, counts for it.
  const Date due = currentPeriodDue({2026, 4, 10}, {2026, 5, 2});
  CHECK(evaluateReporting({2026, 4, 10}, {due}, {2026, 6, 16}, round()).periods[0].reported);
}

TEST_CASE("第十一条 重大变化报告期限：月末与闰年") {
  CHECK(changeReportDeadline({2026, 8, 31}, round()) == Date{2026, 11, 30});
  CHECK(changeReportDeadline({2027, 11, 30}, round()) == Date{2028, 2, 29});  // leap year
  CHECK(changeReportDeadline({2027, 11, 29}, round()) == Date{2028, 2, 29});
  CHECK(changeReportDeadline({2028, 2, 29}, round()) == Date{2028, 5, 29});
  CHECK(changeReportDeadline({2026, 12, 31}, round()) == Date{2027, 3, 31});
  CHECK(changeReportDeadline({2026, 10, 31}, round()) == Date{2027, 1, 31});
  CHECK(isChangeReportOnTime({2026, 11, 30}, {2027, 2, 28}, round()));
  CHECK_FALSE(isChangeReportOnTime({2026, 11, 30}, {2027, 3, 1}, round()));
}
