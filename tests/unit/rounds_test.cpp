// Issue 14: a year's holiday calendar as an admin uploads it, calendars of several years, a round's settings and
// their JSON (the wire and the store share it).
#include <catch2/catch.hpp>

#include "sxpool/api/rounds.hpp"
#include "sxpool/calendar.hpp"
#include "test_support.hpp"

using namespace sxpool;

TEST_CASE("节假日：嵌入的 holidays.csv 每一年都通过单年校验") {
  for (const int year : WorkingCalendar::builtin().years()) {
    INFO(year);
    const auto text = WorkingCalendar::yearCsv(WorkingCalendar::builtinCsv(), year);
    CHECK(WorkingCalendar::yearCsvProblems(year, text).empty());
    CHECK(text.rfind("date,kind,name\n", 0) == 0);
  }
  CHECK(WorkingCalendar::builtin().years() == std::set<int>{2025, 2026});
}

TEST_CASE("节假日：单年CSV的每个问题都带行号") {
  const auto problems = WorkingCalendar::yearCsvProblems(2027,
                                                         "date,kind,name\n"
                                                         "2027-01-01,holiday,元旦\n"
                                                         "2026-10-01,holiday,国庆节\n"
                                                         "2027-13-01,holiday,x\n"
                                                         "2027-04-05,vacation,清明节\n"
                                                         "2027-04-28,workday,劳动节\n"
                                                         "2027-01-01,holiday,元旦\n"
                                                         "\n");
  REQUIRE(problems.size() == 5);
  CHECK(problems[0].find("第3行") == 0);
  CHECK(problems[1].find("第4行") == 0);
  CHECK(problems[2].find("第5行") == 0);
  CHECK(problems[3].find("第6行") == 0);
  CHECK(problems[4].find("第7行") == 0);
  CHECK(WorkingCalendar::yearCsvProblems(2027, "2027-01-01,holiday,元旦\n")[0].find("第1行") == 0);
  CHECK(WorkingCalendar::yearCsvProblems(2027, "date,kind,name\n").size() == 1);
  CHECK(WorkingCalendar::yearCsvProblems(2027, "date,kind,name\r\n2027-01-01,holiday,元旦\r\n").empty());
}

TEST_CASE("节假日：多个年份合成一个日历，未载入的年份（含中间缺的年份）报错并指明要载入哪一年") {
  const auto cal = WorkingCalendar::fromYears({"date,kind,name\n2027-01-01,holiday,元旦\n",
                                               "date,kind,name\n2029-01-01,holiday,元旦\n2029-02-03,workday,春节\n"});
  CHECK(cal.years() == std::set<int>{2027, 2029});
  CHECK(cal.isWorkingDay({2027, 1, 1}) == false);
  CHECK(cal.isWorkingDay({2029, 2, 3}) == true);
  CHECK_FALSE(cal.isWorkingDay({2028, 3, 1}));  // between the loaded years: not guessed
  const auto r = cal.nthWorkingDay({2027, 12, 29}, 5);
  CHECK_FALSE(r.ok());
  CHECK(r.error.find("载入2028年的节假日安排") != std::string::npos);
  CHECK(r.error.find("已载入2027、2029年") != std::string::npos);
}

TEST_CASE("轮次：设置的问题逐条说明，2026年默认设置无问题") {
  CHECK(roundSettingsProblems(round2026()).empty());
  auto r = round2026();
  r.year = 2027;  // deadline still in 2026
  r.opensOn = {2026, 3, 1};
  r.maxTypicalCases = 1;
  r.publicityWorkingDays = 0;
  const auto problems = roundSettingsProblems(r);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find("2027年内") != std::string::npos);
  CHECK(problems[1].find("典型案例") != std::string::npos);
  CHECK(problems[2].find("公示工作日数") != std::string::npos);
  r = round2026();
  r.deadline = {2026, 1, 1};
  r.opensOn = {2026, 2, 1};
  CHECK(roundSettingsProblems(r)[0].find("早于开始受理日期") != std::string::npos);
}

TEST_CASE("轮次：设置的JSON往返不丢任何阈值和类别对应") {
  auto r = round2026();
  r.year = 2027;
  r.opensOn = {2027, 2, 1};
  r.deadline = {2027, 5, 31};
  r.enforceDeadline = false;
  r.minPartners = 7;
  r.reentryBanYears = 3;
  r.maxMaterialBytes = 12345;
  r.seniorCountTowardsTotal = false;
  r.directionClass[ServiceDirection::IntellectualProperty] = ServiceClass::TechInnovation;
  const auto back = api::decodeRoundSettings(api::encode(r));
  REQUIRE(back.ok());
  CHECK(api::encode(*back) == api::encode(r));
  CHECK(back->classOf(ServiceDirection::IntellectualProperty) == ServiceClass::TechInnovation);
  CHECK(back->opensOn == Date{2027, 2, 1});
  CHECK(back->minPartners == 7);

  const auto bad =
      api::decodeRoundSettings(R"({"year":"2027","deadline":"2027-02-30","directionClass":{"x":"other"}})");
  CHECK_FALSE(bad.ok());
  CHECK(bad.fields.size() == 3);

  api::RoundList list;
  list.items.push_back({r, "open", true, 42});
  list.calendarYears = {2026, 2027};
  list.currentYear = 2027;
  const auto listBack = api::decodeRoundList(api::encode(list));
  REQUIRE(listBack.ok());
  CHECK(api::encode(*listBack) == api::encode(list));
  const auto cal = api::decodeCalendarView(api::encode(api::CalendarView{2027, "date,kind,name\n", 8, 5, 9}));
  REQUIRE(cal.ok());
  CHECK(cal->workdays == 5);
  CHECK_FALSE(api::decodeCalendarUpload("{}").ok());
}
