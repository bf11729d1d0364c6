#include "platform/native/httplib_downloads.hpp"

#include <httplib.h>

#include <memory>

namespace sxpool::web {

void HttplibDownloads::download(const std::string& path, const std::string& fallbackName, DownloadEvents events) {
  httplib::Client client(baseUrl_);
  httplib::Headers headers{{"X-Sxpool-Request", "1"}};
  const std::string cookie = cookie_ ? cookie_() : std::string();
  if (!cookie.empty()) headers.emplace("Cookie", cookie);
  auto shared = std::make_shared<DownloadEvents>(std::move(events));
  std::string body;
  std::int64_t total = 0;
  int status = 0;
  std::string disposition;
  auto result = client.Get(
      "/" + path, headers,
      [&](const httplib::Response& r) {
        status = r.status;
        disposition = r.get_header_value("Content-Disposition");
        total = r.has_header("Content-Length") ? std::stoll(r.get_header_value("Content-Length")) : 0;
        return true;
      },
      [&](const char* data, size_t n) {
        body.append(data, n);
        if (status >= 200 && status < 300) {
          ++progressEvents;
          events_.push_back([shared, received = static_cast<std::int64_t>(body.size()), total] {
            if (shared->progress) shared->progress(received, total);
          });
        }
        return true;
      });
  if (!result) {
    events_.push_back([shared] {
      if (shared->failed) shared->failed(0, "");
    });
    return;
  }
  if (status < 200 || status >= 300) {
    events_.push_back([shared, status, body] {
      if (shared->failed) shared->failed(status, body);
    });
    return;
  }
  const std::string name = contentDispositionFileName(disposition, fallbackName);
  const auto bytes = static_cast<std::int64_t>(body.size());
  saved[name] = std::move(body);
  events_.push_back([shared, name, bytes] {
    if (shared->saved) shared->saved(name, bytes);
  });
}

int HttplibDownloads::poll() {
  int n = 0;
  while (!events_.empty()) {
    auto e = std::move(events_.front());
    events_.pop_front();
    e();
    ++n;
  }
  return n;
}

}  // namespace sxpool::web
