#pragma once
#include <functional>
#include <optional>
#include <string>

namespace sxpool::web {

// Key → text storage that survives refresh, a closed tab and being offline: IndexedDB in the browser
// (platform/emscripten), memory in native tests. Callbacks run on the UI thread.
class LocalStore {
 public:
  virtual ~LocalStore() = default;
  virtual void put(const std::string& key, const std::string& value, std::function<void(bool ok)> done) = 0;
  virtual void get(const std::string& key, std::function<void(std::optional<std::string>)> done) = 0;
  virtual void remove(const std::string& key) = 0;
};

}  // namespace sxpool::web
