#pragma once
#include <cstdint>
#include <optional>

#include "sxpool/date.hpp"

namespace sxpool::services {

// Wall-clock seconds and "today" for the workflow. `today` can be pinned (--today) for demos and tests;
// the seconds always run (sessions, lockout).
class Clock {
 public:
  explicit Clock(std::optional<Date> pinnedToday = std::nullopt) : pinned_(pinnedToday) {}
  std::int64_t now() const;
  Date today() const;
  bool pinned() const { return pinned_.has_value(); }

 private:
  std::optional<Date> pinned_;
};

}  // namespace sxpool::services
