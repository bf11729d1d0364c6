#pragma once
#include <functional>
#include <string>

namespace sxpool::web {

struct HttpResponse {
  int status = 0;  // 0: no answer (offline, refused, aborted)
  std::string body;
  std::string errorText;  // transport error in Chinese, when status is 0
};

// One interface, two implementations: the browser's fetch (platform/emscripten) and httplib natively (tests).
// Paths are relative to the server the app was loaded from ("api/v1/health"). Callbacks run on the UI thread.
class HttpClient {
 public:
  using Callback = std::function<void(const HttpResponse&)>;
  virtual ~HttpClient() = default;
  virtual void request(const std::string& method, const std::string& path, const std::string& body, Callback done) = 0;
  void get(const std::string& path, Callback done) { request("GET", path, {}, std::move(done)); }
};

}  // namespace sxpool::web
