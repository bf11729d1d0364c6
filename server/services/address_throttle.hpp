#pragma once
#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sxpool::services {

// Failed sign-ins counted per client address over a sliding window: beyond the limit, every sign-in from that
// address is refused with 429 until the oldest failure leaves the window. The per-account lockout stops guessing
// one password; this stops one address from trying many accounts. A success does not reset the count (one known
// account must not let an address guess the others).
class AddressThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  AddressThrottle(size_t maxFailures, std::chrono::seconds window) : maxFailures_(maxFailures), window_(window) {}

  void check(const std::string& address) const;  // throws ServiceError 429 (with Retry-After) when over the limit
  void failed(const std::string& address);

 private:
  void forgetOld(Clock::time_point now) const;  // with mutex_ held

  const size_t maxFailures_;
  const std::chrono::seconds window_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::deque<Clock::time_point>> failures_;
  mutable Clock::time_point lastSweep_{};
};

}  // namespace sxpool::services
