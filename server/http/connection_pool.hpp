#pragma once
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace sxpool::http {

// cpp-httplib serves each connection on one pool thread for as long as the connection lives. With a fixed pool,
// a few dozen clients that send their request head byte by byte (or never read the answer) hold every thread and
// no one else is served, not even /api/v1/health. This pool keeps `warm` threads and starts another whenever a
// connection arrives and none is free, up to `cap`; only beyond the cap do connections wait. Threads above
// `warm` end after `idleLimit` without work. The read and write timeouts bound how long one slow client keeps
// its thread between bytes.
class ConnectionPool final : public httplib::TaskQueue {
 public:
  ConnectionPool(size_t warm, size_t cap, std::chrono::seconds idleLimit = std::chrono::seconds(30));
  ~ConnectionPool() override;

  void enqueue(std::function<void()> job) override;
  void shutdown() override;

  size_t threads() const;  // running now

 private:
  void startThread();  // with mutex_ held
  void work();

  const size_t warm_;
  const size_t cap_;
  const std::chrono::seconds idleLimit_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable ended_;
  std::deque<std::function<void()>> jobs_;
  size_t threads_ = 0;
  size_t idle_ = 0;
  bool shutdown_ = false;
};

}  // namespace sxpool::http
