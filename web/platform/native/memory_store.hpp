#pragma once
#include <deque>
#include <map>

#include "platform/local_store.hpp"

namespace sxpool::web {

// LocalStore in memory; callbacks wait for poll() like IndexedDB's wait for the event loop.
class MemoryStore final : public LocalStore {
 public:
  void put(const std::string& key, const std::string& value, std::function<void(bool)> done) override {
    data[key] = value;
    pending_.push_back([done] {
      if (done) done(true);
    });
  }
  void get(const std::string& key, std::function<void(std::optional<std::string>)> done) override {
    auto it = data.find(key);
    std::optional<std::string> value = it == data.end() ? std::nullopt : std::optional<std::string>(it->second);
    pending_.push_back([done, value] { done(value); });
  }
  void remove(const std::string& key) override { data.erase(key); }
  int poll() {
    int n = 0;
    while (!pending_.empty()) {
      auto f = std::move(pending_.front());
      pending_.pop_front();
      f();
      ++n;
    }
    return n;
  }
  std::map<std::string, std::string> data;

 private:
  std::deque<std::function<void()>> pending_;
};

}  // namespace sxpool::web
