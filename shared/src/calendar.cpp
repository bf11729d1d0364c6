#include "sxpool/calendar.hpp"

#include "csv.hpp"

namespace sxpool::embedded {
extern const std::string_view holidays_csv;
}

namespace sxpool {

const WorkingCalendar& WorkingCalendar::builtin() {
  static const WorkingCalendar c = fromCsv(embedded::holidays_csv);
  return c;
}

WorkingCalendar WorkingCalendar::fromCsv(std::string_view csv, std::vector<std::string>* errors) {
  WorkingCalendar cal;
  const auto rows = detail::parseCsv(csv);
  bool any = false;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const auto date = r.empty() ? std::nullopt : parseDate(r[0]);
    if (r.size() < 2 || !date || (r[1] != "holiday" && r[1] != "workday")) {
      if (errors)
        errors->push_back("holidays.csv 第" + std::to_string(i + 1) +
                          "行格式不正确，应为“YYYY-MM-DD,holiday|workday,名称”");
      continue;
    }
    (r[1] == "holiday" ? cal.holidays_ : cal.workdays_).insert(date->toDays());
    if (!any || date->year < cal.firstYear_) cal.firstYear_ = date->year;
    if (!any || date->year > cal.lastYear_) cal.lastYear_ = date->year;
    any = true;
  }
  return cal;
}

std::optional<bool> WorkingCalendar::isWorkingDay(const Date& d) const {
  if (!covers(d)) return std::nullopt;
  const auto days = d.toDays();
  if (holidays_.count(days)) return false;
  if (workdays_.count(days)) return true;
  return !d.isWeekend();
}

std::string WorkingCalendar::outOfRangeMessage(const Date& d) const {
  const std::string loaded = lastYear_ < firstYear_
                                 ? std::string("（尚未载入任何年份）")
                                 : "（已载入" + std::to_string(firstYear_) + "–" + std::to_string(lastYear_) + "年）";
  return "日期" + formatDate(d) + "所在年份的节假日安排尚未载入" + loaded +
         "，无法计算工作日；请管理员在 holidays.csv 中补充该年度国务院办公厅公布的节假日和调休安排";
}

CalendarResult WorkingCalendar::nthWorkingDay(const Date& start, int n) const {
  if (n < 1) return {std::nullopt, "工作日序号必须从1开始"};
  Date d = start;
  int count = 0;
  for (;;) {
    const auto working = isWorkingDay(d);
    if (!working) return {std::nullopt, outOfRangeMessage(d)};
    if (*working && ++count == n) return {d, {}};
    d = d.addDays(1);
  }
}

CalendarResult WorkingCalendar::nextWorkingDay(const Date& d) const { return nthWorkingDay(d.addDays(1), 1); }

}  // namespace sxpool
