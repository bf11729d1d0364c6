#pragma once
#include <functional>

#include "platform/http_client.hpp"

namespace sxpool::web {

// HttpClient over emscripten_fetch. `onReply` runs after each callback (the loop uses it to wake a frame).
class FetchClient final : public HttpClient {
 public:
  explicit FetchClient(std::function<void()> onReply) : onReply_(std::move(onReply)) {}
  void request(const std::string& method, const std::string& path, const std::string& body, Callback done) override;

 private:
  std::function<void()> onReply_;
};

}  // namespace sxpool::web
