#include "services/round_registry.hpp"

#include "sxpool/api/rounds.hpp"

namespace sxpool::services {

RoundRegistry::RoundRegistry(store::Store& store) : store_(store) {
  seed();
  reload();
}

void RoundRegistry::seed() {
  // The 2026 round as published and the years of the embedded holidays.csv, once: an admin's later changes stay.
  store_.transaction([&] {
    if (store_.rounds().empty()) store_.upsertRound({round2026().year, api::encode(round2026()), "open", 0});
    if (store_.holidayCalendars().empty())
      for (const int year : WorkingCalendar::builtin().years())
        store_.upsertHolidayCalendar({year, WorkingCalendar::yearCsv(WorkingCalendar::builtinCsv(), year), 0});
  });
}

void RoundRegistry::reload() {
  auto next = std::make_shared<Snapshot>();
  for (const auto& row : store_.rounds()) {
    auto settings = api::decodeRoundSettings(row.settings);
    // A row that does not decode would be a bug of this program (only RoundAdmin writes them): keep it visible.
    next->rounds.push_back({settings ? *settings : RoundSettings{}, row.status, row.updatedAt});
    if (!settings) next->rounds.back().settings.year = row.year;
  }
  next->calendars = store_.holidayCalendars();
  std::vector<std::string_view> texts;
  for (const auto& c : next->calendars) texts.push_back(c.csv);
  next->calendar = std::make_shared<const WorkingCalendar>(WorkingCalendar::fromYears(texts));
  std::lock_guard lock(mutex_);
  snapshot_ = std::move(next);
}

std::shared_ptr<const RoundRegistry::Snapshot> RoundRegistry::snapshot() const {
  std::lock_guard lock(mutex_);
  return snapshot_;
}

RoundSettings RoundRegistry::current() const {
  const auto s = snapshot();
  for (const auto& r : s->rounds)
    if (r.status == "open") return r.settings;
  return s->rounds.empty() ? round2026() : s->rounds.front().settings;
}

std::optional<RoundSettings> RoundRegistry::forYear(int year) const {
  for (const auto& r : snapshot()->rounds)
    if (r.settings.year == year) return r.settings;
  return std::nullopt;
}

RoundSettings RoundRegistry::settingsFor(int year) const { return forYear(year).value_or(current()); }

std::optional<int> RoundRegistry::openYear() const {
  for (const auto& r : snapshot()->rounds)
    if (r.status == "open") return r.settings.year;
  return std::nullopt;
}

std::vector<RoundEntry> RoundRegistry::all() const { return snapshot()->rounds; }

std::shared_ptr<const WorkingCalendar> RoundRegistry::calendar() const { return snapshot()->calendar; }

std::vector<store::HolidayCalendarRow> RoundRegistry::calendars() const { return snapshot()->calendars; }

std::string RoundRegistry::calendarCsv() const {
  std::string out = "date,kind,name\n";
  for (const auto& c : snapshot()->calendars) {
    const auto firstNewline = c.csv.find('\n');
    if (firstNewline != std::string::npos) out += c.csv.substr(firstNewline + 1);
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
  return out;
}

}  // namespace sxpool::services
