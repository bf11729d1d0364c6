#include "http/connection_pool.hpp"

#include <thread>

namespace sxpool::http {

ConnectionPool::ConnectionPool(size_t warm, size_t cap, std::chrono::seconds idleLimit)
    : warm_(warm), cap_(std::max(cap, warm)), idleLimit_(idleLimit) {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < warm_; ++i) startThread();
}

ConnectionPool::~ConnectionPool() { shutdown(); }

void ConnectionPool::startThread() {
  ++threads_;
  std::thread([this] { work(); }).detach();
}

void ConnectionPool::enqueue(std::function<void()> job) {
  std::lock_guard lock(mutex_);
  jobs_.push_back(std::move(job));
  // Every queued job needs a free thread of its own: start one unless enough are idle already.
  if (idle_ < jobs_.size() && threads_ < cap_) startThread();
  wake_.notify_one();
}

void ConnectionPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    const bool woke = wake_.wait_for(lock, idleLimit_, [this] { return shutdown_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty() && (shutdown_ || (!woke && threads_ > warm_))) break;
    if (jobs_.empty()) continue;
    auto job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
  --threads_;
  ended_.notify_all();
}

void ConnectionPool::shutdown() {
  std::unique_lock lock(mutex_);
  shutdown_ = true;
  wake_.notify_all();
  // cpp-httplib calls this after closing the listening socket; connections still open end with their timeouts.
  ended_.wait(lock, [this] { return threads_ == 0; });
}

size_t ConnectionPool::threads() const {
  std::lock_guard lock(mutex_);
  return threads_;
}

}  // namespace sxpool::http
