#include "platform/emscripten/fetch_client.hpp"

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

void finish(emscripten_fetch_t* fetch) {
    std::unique_ptr<Pending> p(static_cast<Pending*>(fetch->userData));
    HttpResponse r;
    r.status = fetch->status;
    if (fetch->data && fetch->numBytes > 0) r.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
    if (r.status == 0) r.errorText = "网络不可用或服务器未响应";
    emscripten_fetch_close(fetch);
    p->done(r);
    if (p->onReply) p->onReply();
}

}  // namespace

void FetchClient::request(const std::string& method, const std::string& path, const std::string& body,
                          Callback done) {
    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    std::strncpy(attr.requestMethod, method.c_str(), sizeof(attr.requestMethod) - 1);
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
    auto* p = new Pending{std::move(done), onReply_, body};
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
