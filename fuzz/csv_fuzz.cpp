// The CSV readers: the reference-data parser (shared/src/csv.*), the holiday calendar built on it
// (WorkingCalendar::fromCsv, then working-day arithmetic over the years it covers) and the divisions tables
// (Divisions::fromCsv, then look-ups). Input: a selector byte — even: holidays.csv text; odd: the three divisions
// tables (cities, counties, area codes) separated by form feeds ('\f').
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "csv.hpp"
#include "fuzz_support.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/divisions.hpp"

namespace {

void holidays(std::string_view text) {
  std::vector<std::string> errors;
  const sxpool::WorkingCalendar calendar = sxpool::WorkingCalendar::fromCsv(text, &errors);
  for (const auto& e : errors) SXPOOL_FUZZ_CHECK(!e.empty());
  if (calendar.firstYear() > calendar.lastYear()) return;
  // A few days of each covered year (bounded: a hostile file may claim years 1900–2999).
  for (int year = calendar.firstYear(); year <= calendar.lastYear() && year < calendar.firstYear() + 3; ++year) {
    for (const sxpool::Date d : {sxpool::Date{year, 1, 1}, sxpool::Date{year, 10, 1}, sxpool::Date{year, 12, 31}}) {
      // Coverage is per year: a file of 2026 and 2028 leaves 2027 unknown, not guessed.
      SXPOOL_FUZZ_CHECK(calendar.isWorkingDay(d).has_value() == calendar.covers(d));
      const auto nth = calendar.nthWorkingDay(d, 5);
      SXPOOL_FUZZ_CHECK(nth.ok() || !nth.error.empty());
      if (nth.ok()) SXPOOL_FUZZ_CHECK(*nth.date >= d && calendar.isWorkingDay(*nth.date).value_or(true));
      const auto next = calendar.nextWorkingDay(d);
      SXPOOL_FUZZ_CHECK(next.ok() || !next.error.empty());
      if (next.ok()) SXPOOL_FUZZ_CHECK(*next.date > d);
    }
  }
  (void)calendar.outOfRangeMessage(sxpool::Date{calendar.lastYear() + 1, 1, 1});
}

void divisions(std::string_view text) {
  std::string_view parts[3];
  for (auto& part : parts) {
    const auto cut = text.find('\f');
    part = text.substr(0, cut);
    text = cut == std::string_view::npos ? std::string_view() : text.substr(cut + 1);
  }
  const sxpool::Divisions d = sxpool::Divisions::fromCsv(parts[0], parts[1], parts[2]);
  for (const auto& city : d.cities()) {
    (void)d.nameOf(city.code);
    (void)d.countiesOf(city.code);
    (void)d.cityOf(city.code);
  }
  for (const auto& county : d.counties()) {
    (void)d.cityOf(county.code);
    (void)d.isShanxiDivision(county.code);
  }
  (void)d.cityByAreaCode("0351");
  (void)d.nameOf("140000");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto rows = sxpool::detail::parseCsv(text);
  std::size_t bytes = 0;
  for (const auto& row : rows) {
    SXPOOL_FUZZ_CHECK(!row.empty());
    for (const auto& field : row) bytes += field.size();
  }
  SXPOOL_FUZZ_CHECK(bytes <= text.size());
  if (data[0] % 2 == 0)
    holidays(text);
  else
    divisions(text);
  return 0;
}
