#include "platform/emscripten/browser_downloads.hpp"

#include <emscripten.h>

namespace sxpool::web {

// The bodies of EM_JS are JavaScript, not C++.
// clang-format off
EM_JS(void, js_start_download, (int token, const char* url, const char* fallbackName), {
    Module.sxpoolDownloads.start(token, UTF8ToString(url), UTF8ToString(fallbackName));
});
EM_JS(void, js_open_page, (const char* path), {
    window.open(UTF8ToString(path), '_blank', 'noopener');
});
// clang-format on

BrowserDownloads& BrowserDownloads::instance() {
  static BrowserDownloads d;
  return d;
}

void BrowserDownloads::download(const std::string& path, const std::string& fallbackName, DownloadEvents events) {
  const int token = next_++;
  pending_[token] = std::move(events);
  js_start_download(token, path.c_str(), fallbackName.c_str());
}

void BrowserDownloads::openPage(const std::string& path) { js_open_page(path.c_str()); }

void BrowserDownloads::onProgress(int token, double received, double total) {
  auto it = pending_.find(token);
  if (it != pending_.end() && it->second.progress)
    it->second.progress(static_cast<std::int64_t>(received), static_cast<std::int64_t>(total));
}

void BrowserDownloads::onSaved(int token, const char* fileName, double bytes) {
  auto it = pending_.find(token);
  if (it == pending_.end()) return;
  auto events = std::move(it->second);
  pending_.erase(it);
  if (events.saved) events.saved(fileName ? fileName : "", static_cast<std::int64_t>(bytes));
}

void BrowserDownloads::onFailed(int token, int status, const char* body) {
  auto it = pending_.find(token);
  if (it == pending_.end()) return;
  auto events = std::move(it->second);
  pending_.erase(it);
  if (events.failed) events.failed(status, body ? body : "");
}

}  // namespace sxpool::web

extern "C" {
EMSCRIPTEN_KEEPALIVE void sxpool_download_progress(int token, double received, double total) {
  sxpool::web::BrowserDownloads::instance().onProgress(token, received, total);
}
EMSCRIPTEN_KEEPALIVE void sxpool_download_saved(int token, const char* fileName, double bytes) {
  sxpool::web::BrowserDownloads::instance().onSaved(token, fileName, bytes);
}
EMSCRIPTEN_KEEPALIVE void sxpool_download_failed(int token, int status, const char* body) {
  sxpool::web::BrowserDownloads::instance().onFailed(token, status, body);
}
}
