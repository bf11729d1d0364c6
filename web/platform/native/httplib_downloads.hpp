#pragma once
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/download_port.hpp"

namespace sxpool::web {

// The native DownloadPort (tests): httplib against a real server with the session cookie of the app's
// HttpClient; the body arrives in pieces (progress), and the file is kept in `saved` under the name the answer
// gives. Events wait for poll(), as a browser's would wait for the next turn of the event loop.
class HttplibDownloads final : public DownloadPort {
 public:
  HttplibDownloads(std::string baseUrl, std::function<std::string()> cookie)
      : baseUrl_(std::move(baseUrl)), cookie_(std::move(cookie)) {}
  void download(const std::string& path, const std::string& fallbackName, DownloadEvents events) override;
  void openPage(const std::string& path) override { opened.push_back(path); }
  int poll();  // runs the waiting events; returns how many ran

  std::vector<std::string> opened;  // the pages openPage was asked for, in order

  std::map<std::string, std::string> saved;  // file name → bytes
  int progressEvents = 0;                    // how many progress reports the downloads gave

 private:
  std::string baseUrl_;
  std::function<std::string()> cookie_;
  std::deque<std::function<void()>> events_;
};

}  // namespace sxpool::web
