#pragma once
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sxpool::testing {

// A temporary folder removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The outcome of running `sxpool` to completion.
struct RunResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};
RunResult runSxpool(const std::vector<std::string>& args, int timeoutSeconds = 60);

// Sanitizer reports (ASan, LSan, UBSan, TSan) found in the logs of every `sxpool` the tests ran: the child's own
// exit code is not what a test checks, so main() fails the run when this is not zero (sanitizer presets only).
int sanitizerReports();

// A port nobody listens on right now (bound to port 0 on 127.0.0.1, then released).
int freeLoopbackPort();

// The real binary, serving on a free loopback port with a fresh data directory (or a given one).
class LiveServer {
 public:
  explicit LiveServer(std::vector<std::string> extraArgs = {}, std::filesystem::path dataDir = {});
  ~LiveServer();
  LiveServer(const LiveServer&) = delete;
  LiveServer& operator=(const LiveServer&) = delete;

  int port() const { return port_; }
  const std::filesystem::path& dataDir() const { return dataDir_; }
  std::filesystem::path webDir() const;  // an empty folder served as the web bundle
  std::string out() const;               // what it printed on stdout so far
  std::string err() const;
  httplib::Client client() const;
  // Sends SIGTERM and waits; returns the exit code.
  int stop(int signal = 15);

 private:
  std::unique_ptr<TempDir> ownedDir_;
  std::unique_ptr<TempDir> logDir_;
  std::filesystem::path dataDir_;
  int port_ = 0;
  int pid_ = -1;
  int exitCode_ = -1;
};

// A client session that keeps the session cookie and sends the CSRF header on state-changing requests.
class Session {
 public:
  explicit Session(const LiveServer& server) : client_(server.client()) {}
  struct Reply {
    int status = 0;
    nlohmann::json json;
    std::string body;
    httplib::Headers headers;
    std::string header(const std::string& name) const;
  };
  Reply get(const std::string& path);
  Reply post(const std::string& path, const nlohmann::json& body = nlohmann::json::object());
  Reply put(const std::string& path, const nlohmann::json& body);
  Reply postText(const std::string& path, const std::string& text);  // a body sent exactly as given
  Reply del(const std::string& path);
  Reply upload(const std::string& path, const std::string& bytes, const std::string& contentType);
  // The same sent with Transfer-Encoding: chunked (no Content-Length), `chunk` bytes a chunk (the first
  // `firstChunk` bytes when given).
  Reply uploadChunked(const std::string& path, const std::string& bytes, const std::string& contentType, size_t chunk,
                      size_t firstChunk = 0);
  Reply login(const std::string& account, const std::string& password);
  void dropCsrfHeader() { csrf_ = false; }
  std::string cookie;

 private:
  Reply finish(const httplib::Result& result);
  httplib::Headers headers(bool stateChanging) const;
  httplib::Client client_;
  bool csrf_ = true;
};

// Every occurrence of `from` in `text` replaced by `to` (path and body placeholders).
inline void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
}

// An answer's "items", by value. `for (x : itemsOf(s.get(…)))` keeps them alive for the loop; in
// `for (x : s.get(…).json["items"])` the reply is destroyed before the first iteration (ASan: heap-use-after-free).
inline nlohmann::json itemsOf(const Session::Reply& reply) {
  return reply.json.value("items", nlohmann::json::array());
}

}  // namespace sxpool::testing
