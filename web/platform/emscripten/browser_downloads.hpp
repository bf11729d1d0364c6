#pragma once
#include <map>

#include "platform/download_port.hpp"

namespace sxpool::web {

// DownloadPort in the browser (bridge.js, Module.sxpoolDownloads): fetch with the session cookie, the body read
// as a stream with the bytes so far reported for progress, then a Blob saved through an <a download> under the
// name of the answer's Content-Disposition (filename*=UTF-8''…), so the browser keeps the Chinese name.
class BrowserDownloads final : public DownloadPort {
 public:
  static BrowserDownloads& instance();
  void download(const std::string& path, const std::string& fallbackName, DownloadEvents events) override;
  void openPage(const std::string& path) override;

  // From bridge.js.
  void onProgress(int token, double received, double total);
  void onSaved(int token, const char* fileName, double bytes);
  void onFailed(int token, int status, const char* body);

 private:
  int next_ = 1;
  std::map<int, DownloadEvents> pending_;
};

}  // namespace sxpool::web
