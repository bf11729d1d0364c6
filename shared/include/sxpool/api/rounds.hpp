#pragma once
// The admin's rounds and holiday calendars (GET/POST /rounds, PUT /rounds/{year}, POST /rounds/{year}/open|close,
// GET/PUT /calendars/{year}). The RoundSettings codec is also the store's format for a round.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/round.hpp"

namespace sxpool::api {

// draft: saved, not yet open; open: the one round taking applications; closed: readable, no new applications.
struct RoundView {
  RoundSettings settings;
  std::string status = "draft";  // draft | open | closed
  bool calendarLoaded = false;   // the holiday calendar of settings.year is loaded
  std::int64_t updatedAt = 0;
};

struct RoundList {
  std::vector<RoundView> items;    // newest year first
  std::vector<int> calendarYears;  // the years whose holiday calendar is loaded
  int currentYear = 0;             // the round in force (the open one, else the latest)
};

struct CalendarUpload {
  std::string csv;  // "date,kind,name" rows of one year, as assets/data/holidays.csv
};

struct CalendarView {
  int year = 0;
  std::string csv;
  int holidays = 0;  // weekdays off (放假)
  int workdays = 0;  // weekend days worked (调休上班)
  std::int64_t loadedAt = 0;
};

std::string encode(const RoundSettings& round);
Parsed<RoundSettings> decodeRoundSettings(std::string_view text);
std::string encode(const RoundView& round);
Parsed<RoundView> decodeRoundView(std::string_view text);
std::string encode(const RoundList& list);
Parsed<RoundList> decodeRoundList(std::string_view text);
std::string encode(const CalendarUpload& upload);
Parsed<CalendarUpload> decodeCalendarUpload(std::string_view text);
std::string encode(const CalendarView& calendar);
Parsed<CalendarView> decodeCalendarView(std::string_view text);

}  // namespace sxpool::api
