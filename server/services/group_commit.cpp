#include "services/group_commit.hpp"

#include <pthread.h>
#include <signal.h>

#include "store/store_error.hpp"

namespace sxpool::services {

GroupCommit::GroupCommit(store::Store& store, size_t maxGroup) : store_(store), maxGroup_(maxGroup) {
  // The writer takes no signals (SIGINT/SIGTERM belong to the thread that stops the server): it starts with
  // every signal blocked.
  sigset_t all, previous;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &previous);
  writer_ = std::thread([this] { writeLoop(); });
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

GroupCommit::~GroupCommit() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  writer_.join();
}

void GroupCommit::run(const std::function<void()>& write) {
  if (auto error = runEach({write}).front()) std::rethrow_exception(error);
}

std::vector<std::exception_ptr> GroupCommit::runEach(const std::vector<std::function<void()>>& writes) {
  std::vector<Pending> mine(writes.size());
  std::unique_lock lock(mutex_);
  for (size_t i = 0; i < writes.size(); ++i) {
    mine[i].write = &writes[i];
    queue_.push_back(&mine[i]);
  }
  queued_.notify_one();
  finished_.wait(lock, [&] {
    for (const auto& p : mine)
      if (!p.done) return false;
    return true;
  });
  std::vector<std::exception_ptr> errors;
  for (auto& p : mine) errors.push_back(p.error);
  return errors;
}

// The writer: takes what is queued, writes it in one transaction (a savepoint each) and commits it without the
// lock, so that the next group gathers meanwhile. One thread, one connection: its page cache stays warm.
void GroupCommit::writeLoop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
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
          } catch (const store::StorageFull&) {
            throw;  // the disk is full: the group's transaction cannot commit, every write in it fails
          } catch (const store::TransactionLost&) {
            throw;  // SQLite ended the transaction: nothing of the group is kept
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
    finished_.notify_all();
  }
}

}  // namespace sxpool::services
