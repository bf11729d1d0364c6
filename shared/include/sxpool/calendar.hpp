#pragma once
// Chinese working days from holidays.csv: weekends are off unless listed as `workday` (调休上班); listed
// `holiday` days are off. Dates outside the loaded years are an error, never a guess.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/date.hpp"

namespace sxpool {

struct CalendarResult {
  std::optional<Date> date;
  std::string error;  // Chinese; set when date is empty
  bool ok() const { return date.has_value(); }
};

class WorkingCalendar {
 public:
  // The embedded assets/data/holidays.csv.
  static const WorkingCalendar& builtin();
  // Parses "date,kind,name" rows; bad rows are reported in *errors (if given) and skipped.
  static WorkingCalendar fromCsv(std::string_view csv, std::vector<std::string>* errors = nullptr);

  int firstYear() const { return firstYear_; }
  int lastYear() const { return lastYear_; }
  bool covers(const Date& d) const { return d.valid() && d.year >= firstYear_ && d.year <= lastYear_; }
  // nullopt outside the loaded years.
  std::optional<bool> isWorkingDay(const Date& d) const;
  // The n-th working day counting `start` as day 1 when it is a working day (公示: publication day = day 1);
  // when `start` is a day off, day 1 is the next working day. n ≥ 1.
  CalendarResult nthWorkingDay(const Date& start, int n) const;
  // The first working day strictly after `d`.
  CalendarResult nextWorkingDay(const Date& d) const;
  // Chinese message for a date outside the loaded years.
  std::string outOfRangeMessage(const Date& d) const;

 private:
  std::set<std::int64_t> holidays_;
  std::set<std::int64_t> workdays_;
  int firstYear_ = 0;
  int lastYear_ = -1;
};

}  // namespace sxpool
