#pragma once
// The admin's rounds and holiday calendars (issue 14): create and edit a round, open one for applications (which
// closes the one open before), close it, load a year's holiday calendar. The province may read. Each change is one
// transaction with its audit row; ctx.rounds is reloaded after it.
#include <optional>
#include <string>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "sxpool/api/rounds.hpp"

namespace sxpool::services {

class RoundAdmin {
 public:
  explicit RoundAdmin(AppContext& ctx) : ctx_(ctx) {}

  api::RoundList list(const CurrentUser& by);
  api::RoundView create(const RoundSettings& settings, const CurrentUser& by);
  api::RoundView update(int year, const RoundSettings& settings, const CurrentUser& by);
  // 指南第八条（四）'s 公示 and every deadline count working days: a round opens only with its year's calendar.
  api::RoundView open(int year, const CurrentUser& by);
  api::RoundView close(int year, const CurrentUser& by);
  api::CalendarView calendar(int year, const CurrentUser& by);
  api::CalendarView loadCalendar(int year, const api::CalendarUpload& upload, const CurrentUser& by);

 private:
  void requireAdmin(const CurrentUser& by, const char* what);
  void requireReader(const CurrentUser& by);
  RoundEntry existing(int year);
  api::RoundView view(const RoundEntry& entry);
  void record(const CurrentUser& by, const std::string& event, const std::string& comment);
  void write(int year, const RoundSettings& settings, const std::string& status);

  AppContext& ctx_;
};

// Why an application of round `year` cannot be submitted on `today` (closed, not yet open, no such round);
// nullopt when it can. The deadline itself is the workflow's check (RoundSettings::enforceDeadline).
std::optional<std::string> submissionRoundRefusal(const AppContext& ctx, int year, Date today);

}  // namespace sxpool::services
