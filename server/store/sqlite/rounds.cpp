// SqliteStore: the rounds and holiday_calendars tables (migration 004).
#include "store/sqlite_store.hpp"

namespace sxpool::store {

void SqliteStore::upsertRound(const RoundRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO rounds(year, settings, status, updated_at) VALUES(?, ?, ?, ?) "
          "ON CONFLICT(year) DO UPDATE SET settings = excluded.settings, status = excluded.status, "
          "updated_at = excluded.updated_at")
      .bindAll(r.year, r.settings, r.status, r.updatedAt)
      .run();
}

std::vector<RoundRow> SqliteStore::rounds() {
  auto s = db().prepare("SELECT year, settings, status, updated_at FROM rounds ORDER BY year DESC");
  std::vector<RoundRow> out;
  while (s.step()) out.push_back({static_cast<int>(s.integer(0)), s.text(1), s.text(2), s.integer(3)});
  return out;
}

void SqliteStore::upsertHolidayCalendar(const HolidayCalendarRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO holiday_calendars(year, csv, loaded_at) VALUES(?, ?, ?) "
          "ON CONFLICT(year) DO UPDATE SET csv = excluded.csv, loaded_at = excluded.loaded_at")
      .bindAll(r.year, r.csv, r.loadedAt)
      .run();
}

std::vector<HolidayCalendarRow> SqliteStore::holidayCalendars() {
  auto s = db().prepare("SELECT year, csv, loaded_at FROM holiday_calendars ORDER BY year");
  std::vector<HolidayCalendarRow> out;
  while (s.step()) out.push_back({static_cast<int>(s.integer(0)), s.text(1), s.integer(2)});
  return out;
}

}  // namespace sxpool::store
