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

std::string_view WorkingCalendar::builtinCsv() { return embedded::holidays_csv; }

std::string WorkingCalendar::yearCsv(std::string_view csv, int year) {
  std::string out = "date,kind,name\n";
  const std::string prefix = std::to_string(year) + "-";
  std::size_t pos = 0;
  while (pos < csv.size()) {
    auto end = csv.find('\n', pos);
    if (end == std::string_view::npos) end = csv.size();
    const auto line = csv.substr(pos, end - pos);
    if (line.substr(0, prefix.size()) == prefix) {
      out += line;
      if (out.back() == '\r') out.pop_back();
      out += '\n';
    }
    pos = end + 1;
  }
  return out;
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
    cal.years_.insert(date->year);
    if (!any || date->year < cal.firstYear_) cal.firstYear_ = date->year;
    if (!any || date->year > cal.lastYear_) cal.lastYear_ = date->year;
    any = true;
  }
  return cal;
}

WorkingCalendar WorkingCalendar::fromYears(const std::vector<std::string_view>& csvs) {
  WorkingCalendar cal;
  for (const auto csv : csvs) {
    const auto one = fromCsv(csv);
    cal.holidays_.insert(one.holidays_.begin(), one.holidays_.end());
    cal.workdays_.insert(one.workdays_.begin(), one.workdays_.end());
    cal.years_.insert(one.years_.begin(), one.years_.end());
  }
  if (!cal.years_.empty()) {
    cal.firstYear_ = *cal.years_.begin();
    cal.lastYear_ = *cal.years_.rbegin();
  }
  return cal;
}

std::vector<std::string> WorkingCalendar::yearCsvProblems(int year, std::string_view csv) {
  std::vector<std::string> out;
  // Line by line, so that a message names the line the admin sees in an editor (blank lines count).
  std::vector<std::vector<std::string>> rows;
  for (std::size_t pos = 0; pos <= csv.size();) {
    auto end = csv.find('\n', pos);
    if (end == std::string_view::npos) end = csv.size();
    const auto parsed = detail::parseCsv(csv.substr(pos, end - pos));
    rows.push_back(parsed.empty() ? std::vector<std::string>{} : parsed[0]);
    pos = end + 1;
  }
  const std::string y = std::to_string(year);
  if (rows.empty() || rows[0].size() < 2 || rows[0][0] != "date" || rows[0][1] != "kind")
    out.push_back("第1行应为表头“date,kind,name”（与 assets/data/holidays.csv 相同）");
  std::set<std::int64_t> seen;
  std::size_t dataRows = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const std::string line = "第" + std::to_string(i + 1) + "行";
    if (r.empty() || (r.size() == 1 && r[0].empty())) continue;
    ++dataRows;
    const auto date = parseDate(r[0]);
    if (!date) {
      out.push_back(line + "的日期“" + r[0] + "”无效，应写成 YYYY-MM-DD，如 " + y + "-01-01");
      continue;
    }
    if (date->year != year) {
      out.push_back(line + "的日期 " + r[0] + " 不在" + y + "年，本文件只能包含" + y + "年的日期");
      continue;
    }
    if (r.size() < 2 || (r[1] != "holiday" && r[1] != "workday")) {
      out.push_back(line + "的类型应为 holiday（放假）或 workday（调休上班）");
      continue;
    }
    if (!seen.insert(date->toDays()).second) out.push_back(line + "的日期 " + r[0] + " 重复出现，请只保留一行");
    if (r[1] == "workday" && !date->isWeekend())
      out.push_back(line + "：" + r[0] + " 是工作日，不需要标为调休上班（workday 只用于周末上班的日子）");
  }
  if (dataRows == 0) out.push_back("文件中没有" + y + "年的节假日数据，请至少填写元旦等法定节假日");
  return out;
}

std::optional<bool> WorkingCalendar::isWorkingDay(const Date& d) const {
  if (!covers(d)) return std::nullopt;
  const auto days = d.toDays();
  if (holidays_.count(days)) return false;
  if (workdays_.count(days)) return true;
  return !d.isWeekend();
}

std::string WorkingCalendar::outOfRangeMessage(const Date& d) const {
  std::string loaded;
  for (const int y : years_) loaded += (loaded.empty() ? "" : "、") + std::to_string(y);
  loaded = loaded.empty() ? std::string("（尚未载入任何年份）") : "（已载入" + loaded + "年）";
  return "日期" + formatDate(d) + "所在年份的节假日安排尚未载入" + loaded +
         "，无法计算工作日；请系统管理员在“轮次与节假日”页面载入" + std::to_string(d.year) +
         "年的节假日安排（国务院办公厅公布的放假和调休，CSV 格式同 holidays.csv）";
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
