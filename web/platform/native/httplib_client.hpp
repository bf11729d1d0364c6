#pragma once
#include <deque>
#include <memory>
#include <string>
#include <utility>

#include "platform/http_client.hpp"

namespace httplib {
class Client;
}

namespace sxpool::web {

// The native HttpClient (tests): httplib against a real server. Requests run at once; their callbacks wait for
// poll(), as a browser's would wait for the next turn of the event loop. Keeps cookies like a browser.
class HttplibClient final : public HttpClient {
 public:
  explicit HttplibClient(const std::string& baseUrl);  // "http://127.0.0.1:8080"
  ~HttplibClient() override;
  void request(const std::string& method, const std::string& path, const std::string& body, Callback done) override;
  int poll();                                            // runs the waiting callbacks; returns how many ran
  const std::string& cookie() const { return cookie_; }  // the session, for downloads (httplib_downloads.hpp)

 private:
  std::unique_ptr<httplib::Client> client_;
  std::string cookie_;
  std::deque<std::pair<Callback, HttpResponse>> replies_;
};

}  // namespace sxpool::web
