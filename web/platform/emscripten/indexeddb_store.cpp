#include "platform/emscripten/indexeddb_store.hpp"

#include <emscripten.h>

#include <map>

namespace sxpool::web {
namespace {

struct Waiting {
  std::function<void(bool)> putDone;
  std::function<void(std::optional<std::string>)> getDone;
  std::function<void()> onReply;
};

std::map<int, Waiting>& waiting() {
  static std::map<int, Waiting> w;
  return w;
}

int nextId() {
  static int id = 0;
  return ++id;
}

}  // namespace

// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(void, js_store_put, (int id, const char* key, const char* value), {
    Module.sxpoolStore.put(id, UTF8ToString(key), UTF8ToString(value));
});
EM_JS(void, js_store_get, (int id, const char* key), { Module.sxpoolStore.get(id, UTF8ToString(key)); });
EM_JS(void, js_store_remove, (const char* key), { Module.sxpoolStore.remove(UTF8ToString(key)); });
// clang-format on

void IndexedDbStore::put(const std::string& key, const std::string& value, std::function<void(bool)> done) {
  const int id = nextId();
  waiting()[id] = Waiting{std::move(done), nullptr, onReply_};
  js_store_put(id, key.c_str(), value.c_str());
}

void IndexedDbStore::get(const std::string& key, std::function<void(std::optional<std::string>)> done) {
  const int id = nextId();
  waiting()[id] = Waiting{nullptr, std::move(done), onReply_};
  js_store_get(id, key.c_str());
}

void IndexedDbStore::remove(const std::string& key) { js_store_remove(key.c_str()); }

}  // namespace sxpool::web

// bridge.js answers here: found = 1 with the value, 0 for none (get) or a failed write (put).
extern "C" EMSCRIPTEN_KEEPALIVE void sxpool_store_reply(int id, int found, const char* value) {
  auto& w = sxpool::web::waiting();
  auto it = w.find(id);
  if (it == w.end()) return;
  auto waiting = std::move(it->second);
  w.erase(it);
  if (waiting.putDone) waiting.putDone(found != 0);
  if (waiting.getDone) waiting.getDone(found ? std::optional<std::string>(value ? value : "") : std::nullopt);
  if (waiting.onReply) waiting.onReply();
}
