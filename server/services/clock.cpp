#include "services/clock.hpp"

#include <chrono>
#include <ctime>

namespace sxpool::services {

std::int64_t Clock::now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Date Clock::today() const {
  if (pinned_) return *pinned_;
  // 山西 is on Beijing time (UTC+8) whatever the server's zone.
  return Date::fromDays((now() + 8 * 3600) / 86400);
}

}  // namespace sxpool::services
