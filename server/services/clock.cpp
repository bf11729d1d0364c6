#include "services/clock.hpp"

#include <chrono>
#include <ctime>

namespace sxpool::services {

std::int64_t Clock::now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Date Clock::today() const {
  if (pinned_) return *pinned_;
  return dateInShanghai(now());  // whatever the server's own time zone
}

}  // namespace sxpool::services
