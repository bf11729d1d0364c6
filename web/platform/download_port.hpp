#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace sxpool::web {

// What a download tells the app while it runs; every callback runs on the UI thread.
struct DownloadEvents {
  std::function<void(std::int64_t received, std::int64_t total)> progress;  // total 0: not announced (chunked)
  std::function<void(const std::string& savedAs, std::int64_t bytes)> saved;
  std::function<void(int status, const std::string& body)> failed;  // status 0: no answer; body: the server's JSON
};

// Saving a file the server sends as an attachment (GET, with the session cookie): the browser's fetch with a
// streamed body and an <a download> under the RFC 6266 name (platform/emscripten), httplib in native tests
// (platform/native). Paths are relative to the server the app was loaded from ("api/v1/pool.csv").
class DownloadPort {
 public:
  virtual ~DownloadPort() = default;
  virtual void download(const std::string& path, const std::string& fallbackName, DownloadEvents events) = 0;
  // Opens a page of the server in a new browser tab ("directory": the public pages, plain HTML).
  virtual void openPage(const std::string& path) = 0;
};

// The file name of a Content-Disposition header (RFC 6266): filename*=UTF-8''… (percent-decoded) before the
// plain filename="…"; `fallback` when it has neither.
inline std::string contentDispositionFileName(const std::string& header, const std::string& fallback) {
  auto hex = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
  };
  const auto star = header.find("filename*=");
  if (star != std::string::npos) {
    std::string value = header.substr(star + 10, header.find(';', star) - star - 10);
    const auto quote = value.find("''");
    if (quote != std::string::npos) value = value.substr(quote + 2);
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '%' && i + 2 < value.size() && hex(value[i + 1]) >= 0 && hex(value[i + 2]) >= 0) {
        out += static_cast<char>(hex(value[i + 1]) * 16 + hex(value[i + 2]));
        i += 2;
      } else {
        out += value[i];
      }
    }
    if (!out.empty()) return out;
  }
  const auto plain = header.find("filename=\"");
  if (plain != std::string::npos) {
    const auto end = header.find('"', plain + 10);
    if (end != std::string::npos && end > plain + 10) return header.substr(plain + 10, end - plain - 10);
  }
  return fallback;
}

}  // namespace sxpool::web
