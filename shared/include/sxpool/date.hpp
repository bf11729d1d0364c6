#pragma once
// Calendar dates (proleptic Gregorian), no time zone, no clock: callers pass "today".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sxpool {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const;
  std::int64_t toDays() const;  // days since 1970-01-01
  static Date fromDays(std::int64_t days);
  Date addDays(std::int64_t n) const { return fromDays(toDays() + n); }
  Date addMonths(int n) const;  // clamps the day: 2026-01-31 + 1 month → 2026-02-28
  Date addYears(int n) const { return addMonths(12 * n); }
  int weekday() const;  // 1 = Monday … 7 = Sunday
  bool isWeekend() const { return weekday() >= 6; }

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
  friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// Strict "YYYY-MM-DD" (years 1900..2999); anything else → nullopt.
std::optional<Date> parseDate(std::string_view text);
std::string formatDate(const Date& date);         // "2026-04-30"
std::string formatDateChinese(const Date& date);  // "2026年4月30日"

// The calendar date in 山西 (Asia/Shanghai, UTC+8 all year, no daylight saving) at an instant given as Unix
// seconds: the one "today" of the server, the browser and the command line, each of which passes its clock in.
Date dateInShanghai(std::int64_t unixSeconds);

}  // namespace sxpool
