#pragma once
// Group commit: concurrent writers hand in their writes (worked out beforehand, outside the write lock); one
// writer thread runs every waiting write in one transaction, each in its own savepoint, and commits once: one
// fsync for the whole group. Each caller returns only after the transaction holding its write is durably
// committed, or with its own write's exception, in which case nothing of that write was kept.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "store/store.hpp"

namespace sxpool::services {

class GroupCommit {
 public:
  explicit GroupCommit(store::Store& store, size_t maxGroup = 64);
  ~GroupCommit();  // finishes what is queued
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // Runs `write` inside a shared write transaction; returns once that transaction is committed.
  void run(const std::function<void()>& write);
  // Runs each write in its own savepoint, all queued at once (so they share commits); returns once all are
  // committed, with each write's exception (null where it succeeded) in the order given.
  std::vector<std::exception_ptr> runEach(const std::vector<std::function<void()>>& writes);

 private:
  struct Pending {
    const std::function<void()>* write;
    std::exception_ptr error;
    bool done = false;
  };
  void writeLoop();

  store::Store& store_;
  const size_t maxGroup_;
  std::mutex mutex_;
  std::condition_variable queued_;
  std::condition_variable finished_;
  std::deque<Pending*> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace sxpool::services
