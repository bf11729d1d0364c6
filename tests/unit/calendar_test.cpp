// Working days from holidays.csv (data/README.md worked examples).
#include <catch2/catch.hpp>

#include "sxpool/calendar.hpp"
#include "test_support.hpp"

using namespace sxpool;

TEST_CASE("工作日：公示五个工作日的算例") {
  const auto& cal = WorkingCalendar::builtin();
  struct Row {
    Date start;
    Date fifth;
  };
  const Row rows[] = {
      {{2026, 2, 12}, {2026, 2, 25}},  // 春节：2/14 调休上班，2/15–2/23 放假
      {{2026, 9, 28}, {2026, 10, 9}},  // 国庆：10/1–10/7 放假
      {{2026, 4, 27}, {2026, 5, 6}},   // 劳动节：5/1–5/5 放假
      {{2026, 3, 2}, {2026, 3, 6}},    // 普通一周
      {{2026, 3, 6}, {2026, 3, 12}},   // 跨周末
  };
  for (const auto& r : rows) {
    INFO(formatDate(r.start));
    const auto end = cal.nthWorkingDay(r.start, 5);
    REQUIRE(end.ok());
    CHECK(*end.date == r.fifth);
  }
}

TEST_CASE("工作日：调休上班日算工作日，节假日和周末不算") {
  const auto& cal = WorkingCalendar::builtin();
  CHECK(cal.isWorkingDay({2026, 2, 14}) == true);   // 星期六调休上班
  CHECK(cal.isWorkingDay({2026, 2, 16}) == false);  // 春节
  CHECK(cal.isWorkingDay({2026, 3, 7}) == false);   // 普通星期六
  CHECK(cal.isWorkingDay({2026, 3, 9}) == true);
  CHECK(cal.isWorkingDay({2025, 1, 26}) == true);  // 2025 年也已载入
  // 非工作日发布：第1天为下一个工作日
  CHECK(*cal.nthWorkingDay({2026, 3, 7}, 1).date == Date{2026, 3, 9});
  CHECK(*cal.nextWorkingDay({2026, 9, 30}).date == Date{2026, 10, 8});
}

TEST_CASE("工作日：超出已载入年份时报错而不是猜测") {
  const auto& cal = WorkingCalendar::builtin();
  CHECK(cal.firstYear() == 2025);
  CHECK(cal.lastYear() == 2026);
  CHECK_FALSE(cal.isWorkingDay({2027, 1, 4}));
  const auto r = cal.nthWorkingDay({2026, 12, 28}, 5);  // would run into 2027
  CHECK_FALSE(r.ok());
  CHECK(r.error.find("2027-01-01") != std::string::npos);
  CHECK(r.error.find("holidays.csv") != std::string::npos);
  CHECK_FALSE(cal.nthWorkingDay({2024, 6, 3}, 1).ok());
}

TEST_CASE("工作日：从CSV载入并报告坏行") {
  std::vector<std::string> errors;
  const auto cal =
      WorkingCalendar::fromCsv("date,kind,name\n2030-01-01,holiday,元旦\nbad,row\n2030-02-02,workday,春节\n", &errors);
  CHECK(errors.size() == 1);
  CHECK(cal.isWorkingDay({2030, 1, 1}) == false);
  CHECK(cal.isWorkingDay({2030, 2, 2}) == true);  // 星期六调休
}
