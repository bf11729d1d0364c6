#include "services/address_throttle.hpp"

#include "services/service_error.hpp"

namespace sxpool::services {

void AddressThrottle::forgetOld(Clock::time_point now) const {
  // Whole-map sweeps at most once a window keep the map to the addresses of the last window.
  if (now - lastSweep_ < window_) return;
  lastSweep_ = now;
  for (auto it = failures_.begin(); it != failures_.end();) {
    auto& times = it->second;
    while (!times.empty() && now - times.front() >= window_) times.pop_front();
    it = times.empty() ? failures_.erase(it) : std::next(it);
  }
}

void AddressThrottle::check(const std::string& address) const {
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  forgetOld(now);
  auto it = failures_.find(address);
  if (it == failures_.end()) return;
  auto& times = it->second;
  while (!times.empty() && now - times.front() >= window_) times.pop_front();
  if (times.size() < maxFailures_) return;
  const auto wait = std::chrono::duration_cast<std::chrono::seconds>(times.front() + window_ - now).count() + 1;
  ServiceError e(429, "too_many_sign_in_attempts",
                 "来自您所在网络地址的登录失败次数过多（" + std::to_string(window_.count() / 60) + " 分钟内 " +
                     std::to_string(maxFailures_) + " 次），请 " + std::to_string((wait + 59) / 60) +
                     " 分钟后再试；忘记密码请联系本级管理员重置");
  e.retryAfterSeconds = wait;
  throw e;
}

void AddressThrottle::failed(const std::string& address) {
  std::lock_guard lock(mutex_);
  failures_[address].push_back(Clock::now());
}

}  // namespace sxpool::services
