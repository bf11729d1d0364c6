#include "platform/emscripten/fetch_client.hpp"

#include <emscripten.h>
#include <emscripten/fetch.h>

#include <cstring>
#include <memory>

namespace sxpool::web {
namespace {

struct Pending {
  HttpClient::Callback done;
  std::function<void()> onReply;
  std::string body;  // must outlive the request
};

void deliver(std::unique_ptr<Pending> p, HttpResponse r) {
  if (r.status == 0) r.errorText = "网络不可用或服务器未响应";
  p->done(r);
  if (p->onReply) p->onReply();
}

void finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<Pending> p(static_cast<Pending*>(fetch->userData));
  HttpResponse r;
  r.status = fetch->status;
  if (fetch->data && fetch->numBytes > 0) r.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  deliver(std::move(p), std::move(r));
}

// The page shell sends the app's first GETs while the wasm downloads (Module.prefetched, assets/shell);
// the first request for such a path takes that answer instead of asking again. Returns 1 when it did.
// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(int, take_prefetched, (const char* path, void* pending), {
    var key = UTF8ToString(path);
    var answer = Module.prefetched && Module.prefetched[key];
    if (!answer) return 0;
    delete Module.prefetched[key];
    answer.then(function(r) {
        Module.ccall('sxpool_prefetch_done', null, ['number', 'number', 'string'], [pending, r.status, r.body]);
    });
  // clang-format on
  return 1;
});

}  // namespace

void FetchClient::request(const std::string& method, const std::string& path, const std::string& body, Callback done) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  auto* p = new Pending{std::move(done), onReply_, body};
  if (method == "GET" && take_prefetched(path.c_str(), p)) return;
  attr.userData = p;
  attr.onsuccess = finish;
  attr.onerror = finish;
  // A custom header on every state-changing request is the server's CSRF guard.
  static const char* const kHeaders[] = {"Content-Type", "application/json", "X-Sxpool-Request", "1", nullptr};
  attr.requestHeaders = kHeaders;
  if (!p->body.empty()) {
    attr.requestData = p->body.data();
    attr.requestDataSize = p->body.size();
  }
  emscripten_fetch(&attr, path.c_str());
}

}  // namespace sxpool::web

extern "C" EMSCRIPTEN_KEEPALIVE void sxpool_prefetch_done(void* pending, int status, const char* body) {
  sxpool::web::HttpResponse r;
  r.status = status;
  r.body = body ? body : "";
  sxpool::web::deliver(std::unique_ptr<sxpool::web::Pending>(static_cast<sxpool::web::Pending*>(pending)),
                       std::move(r));
}
