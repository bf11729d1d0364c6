#pragma once
// The rounds and holiday calendars in force, read from the store (migration 004) and kept as snapshots, so that
// every request reads them without a query and without a lock held while it works. Thread-safe.
//   ctx.rounds.current()      the round in force: the open one, else the latest year's (a RoundSettings copy)
//   ctx.rounds.forYear(y)     round y's settings, if there is such a round
//   ctx.rounds.calendar()     one WorkingCalendar of every loaded year (a year not loaded is refused by it)
// Writes go through RoundAdmin (services/round_admin.hpp), which calls reload() after its commit.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/round.hpp"

namespace sxpool::services {

struct RoundEntry {
  RoundSettings settings;
  std::string status;  // draft | open | closed
  std::int64_t updatedAt = 0;
};

class RoundRegistry {
 public:
  // Seeds an empty store (the 2026 round, open, from round2026(); each year of the embedded holidays.csv), then
  // loads.
  explicit RoundRegistry(store::Store& store);

  RoundSettings current() const;
  std::optional<RoundSettings> forYear(int year) const;
  // forYear(year), else current(): the settings that apply to an application of round `year`.
  RoundSettings settingsFor(int year) const;
  std::optional<int> openYear() const;  // the round open for applications, if any
  std::vector<RoundEntry> all() const;  // newest year first
  std::shared_ptr<const WorkingCalendar> calendar() const;
  std::vector<store::HolidayCalendarRow> calendars() const;  // by year
  // The loaded CSV texts of the given years joined into one "date,kind,name" text (for the browser's 公示 preview).
  std::string calendarCsv() const;

  void reload();

 private:
  struct Snapshot {
    std::vector<RoundEntry> rounds;
    std::vector<store::HolidayCalendarRow> calendars;
    std::shared_ptr<const WorkingCalendar> calendar;
  };
  std::shared_ptr<const Snapshot> snapshot() const;
  void seed();

  store::Store& store_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Snapshot> snapshot_;
};

}  // namespace sxpool::services
