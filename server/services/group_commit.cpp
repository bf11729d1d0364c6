#include "services/group_commit.hpp"

#include <vector>

namespace sxpool::services {

void GroupCommit::run(const std::function<void()>& write) {
  Pending mine{&write, nullptr};
  std::unique_lock lock(mutex_);
  queue_.push_back(&mine);
  while (!mine.done) {
    if (leading_) finished_.wait(lock);
    else lead(lock);
  }
  if (mine.error) std::rethrow_exception(mine.error);
}

// Called with the lock held and no leader; takes what is queued, writes and commits it without the lock.
void GroupCommit::lead(std::unique_lock<std::mutex>& lock) {
  leading_ = true;
  std::vector<Pending*> group;
  while (!queue_.empty() && group.size() < maxGroup_) {
    group.push_back(queue_.front());
    queue_.pop_front();
  }
  lock.unlock();
  try {
    store_.transaction([&] {
      for (auto* p : group) {
        try {
          store_.savepoint(*p->write);
        } catch (...) {
          p->error = std::current_exception();
        }
      }
    });
  } catch (...) {  // the commit failed: nothing of the group is on disk
    for (auto* p : group)
      if (!p->error) p->error = std::current_exception();
  }
  lock.lock();
  for (auto* p : group) p->done = true;
  leading_ = false;
  finished_.notify_all();
}

}  // namespace sxpool::services
