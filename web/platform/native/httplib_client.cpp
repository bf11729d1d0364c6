#include "platform/native/httplib_client.hpp"

#include <httplib.h>

namespace sxpool::web {

HttplibClient::HttplibClient(const std::string& baseUrl) : client_(std::make_unique<httplib::Client>(baseUrl)) {}
HttplibClient::~HttplibClient() = default;

void HttplibClient::request(const std::string& method, const std::string& path, const std::string& body,
                            Callback done) {
  httplib::Headers headers{{"X-Sxpool-Request", "1"}};
  if (!cookie_.empty()) headers.emplace("Cookie", cookie_);
  httplib::Request req;
  req.method = method;
  req.path = "/" + path;
  req.headers = headers;
  req.body = body;
  if (!body.empty()) req.set_header("Content-Type", "application/json");
  HttpResponse r;
  auto result = client_->send(req);
  if (result) {
    r.status = result->status;
    r.body = result->body;
    for (const auto& [name, value] : result->headers)
      if (name == "Set-Cookie") cookie_ = value.substr(0, value.find(';'));
  } else {
    r.errorText = "网络不可用或服务器未响应";
  }
  replies_.emplace_back(std::move(done), std::move(r));
}

int HttplibClient::poll() {
  int n = 0;
  while (!replies_.empty()) {
    auto [done, r] = std::move(replies_.front());
    replies_.pop_front();
    done(r);
    ++n;
  }
  return n;
}

}  // namespace sxpool::web
