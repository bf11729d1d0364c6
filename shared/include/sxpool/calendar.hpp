#pragma once
// Chinese working days from holidays.csv: weekends are off unless listed as `workday` (调休上班); listed
// `holiday` days are off. Dates outside the loaded years are an error, never a guess. A year is loaded when the
// CSV has a row in it (every year has at least 元旦).
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
  static std::string_view builtinCsv();
  // The header and the rows of `csv` dated in `year` (the text an admin would upload for that year).
  static std::string yearCsv(std::string_view csv, int year);
  // Parses "date,kind,name" rows; bad rows are reported in *errors (if given) and skipped.
  static WorkingCalendar fromCsv(std::string_view csv, std::vector<std::string>* errors = nullptr);
  // One calendar of several years' CSV texts (each as checked by yearCsvProblems); covers exactly those years.
  static WorkingCalendar fromYears(const std::vector<std::string_view>& csvs);
  // An admin's upload for one year: every problem with its line number (Chinese); empty when it can be stored.
  // Header "date,kind,name"; every date in `year`, once; kind holiday|workday; a workday (调休上班) on a weekend.
  static std::vector<std::string> yearCsvProblems(int year, std::string_view csv);

  int firstYear() const { return firstYear_; }
  int lastYear() const { return lastYear_; }
  bool covers(const Date& d) const { return d.valid() && years_.count(d.year) > 0; }
  const std::set<int>& years() const { return years_; }
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
  std::set<int> years_;
  int firstYear_ = 0;
  int lastYear_ = -1;
};

}  // namespace sxpool
