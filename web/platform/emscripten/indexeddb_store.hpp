#pragma once
#include "platform/local_store.hpp"

namespace sxpool::web {

// LocalStore over IndexedDB (database "sxpool", object store "kv"); see bridge.js.
class IndexedDbStore final : public LocalStore {
 public:
  explicit IndexedDbStore(std::function<void()> onReply) : onReply_(std::move(onReply)) {}
  void put(const std::string& key, const std::string& value, std::function<void(bool)> done) override;
  void get(const std::string& key, std::function<void(std::optional<std::string>)> done) override;
  void remove(const std::string& key) override;

 private:
  std::function<void()> onReply_;
};

}  // namespace sxpool::web
