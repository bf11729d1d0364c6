#include "live_server.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace sxpool::testing {
namespace fs = std::filesystem;
namespace {

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::atomic<int> reportsSeen{0};

// Prints a sanitizer's report from a child's stderr to ours and counts it.
void checkForSanitizerReport(const std::string& err) {
  for (const char* marker :
       {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "WARNING: ThreadSanitizer"}) {
    if (err.find(marker) == std::string::npos) continue;
    std::fprintf(stderr, "sxpool 的消毒器报告：\n%s\n", err.c_str());
    ++reportsSeen;
    return;
  }
}

// fork + exec of the binary with stdout/stderr sent to files.
int spawn(const std::vector<std::string>& args, const fs::path& outFile, const fs::path& errFile) {
  std::vector<char*> argv;
  static std::string binary = SXPOOL_BINARY;
  argv.push_back(binary.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int out = ::open(outFile.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    int err = ::open(errFile.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    dup2(out, 1);
    dup2(err, 2);
    int devnull = ::open("/dev/null", O_RDONLY);
    dup2(devnull, 0);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int exitCodeOf(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("sxpool-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

RunResult runSxpool(const std::vector<std::string>& args, int timeoutSeconds) {
  TempDir logs;
  RunResult result;
  int pid = spawn(args, logs.path() / "out", logs.path() / "err");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  result.exitCode = exitCodeOf(status);
  result.out = readAll(logs.path() / "out");
  result.err = readAll(logs.path() / "err");
  checkForSanitizerReport(result.err);
  return result;
}

int sanitizerReports() { return reportsSeen; }

int freeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

LiveServer::LiveServer(std::vector<std::string> extraArgs, fs::path dataDir) {
  if (dataDir.empty()) {
    ownedDir_ = std::make_unique<TempDir>();
    dataDir_ = ownedDir_->path() / "data";
  } else {
    dataDir_ = dataDir;
  }
  logDir_ = std::make_unique<TempDir>();
  fs::create_directories(logDir_->path() / "web");
  port_ = freeLoopbackPort();
  std::vector<std::string> args = {"serve",
                                   "--host",
                                   "127.0.0.1",
                                   "--port",
                                   std::to_string(port_),
                                   "--data-dir",
                                   dataDir_.string(),
                                   "--web-dir",
                                   (logDir_->path() / "web").string()};
  args.insert(args.end(), extraArgs.begin(), extraArgs.end());
  pid_ = spawn(args, logDir_->path() / "out", logDir_->path() / "err");

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exitCode_ = exitCodeOf(status);
      pid_ = -1;
      throw std::runtime_error("sxpool exited early (" + std::to_string(exitCode_) + "): " + err());
    }
    if (out().find("已启动") != std::string::npos) {
      auto c = client();
      if (auto res = c.Get("/api/v1/health"); res && res->status == 200) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  stop(SIGKILL);
  throw std::runtime_error("sxpool did not start within 60 s: " + err());
}

LiveServer::~LiveServer() { stop(); }

fs::path LiveServer::webDir() const { return logDir_->path() / "web"; }

std::string LiveServer::out() const { return readAll(logDir_->path() / "out"); }
std::string LiveServer::err() const { return readAll(logDir_->path() / "err"); }

httplib::Client LiveServer::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_connection_timeout(5);
  c.set_read_timeout(60);
  return c;
}

int LiveServer::stop(int signal) {
  if (pid_ <= 0) return exitCode_;
  kill(pid_, signal);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  pid_ = -1;
  exitCode_ = exitCodeOf(status);
  checkForSanitizerReport(err());
  return exitCode_;
}

std::string Session::Reply::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

httplib::Headers Session::headers(bool stateChanging) const {
  httplib::Headers h;
  if (!cookie.empty()) h.emplace("Cookie", cookie);
  if (stateChanging && csrf_) h.emplace("X-Sxpool-Request", "1");
  return h;
}

Session::Reply Session::finish(const httplib::Result& result) {
  Reply reply;
  if (!result) throw std::runtime_error("request failed: " + httplib::to_string(result.error()));
  reply.status = result->status;
  reply.body = result->body;
  reply.headers = result->headers;
  if (result->has_header("Set-Cookie")) {
    std::string set = result->get_header_value("Set-Cookie");
    std::string pair = set.substr(0, set.find(';'));
    auto eq = pair.find('=');
    cookie = eq != std::string::npos && eq + 1 == pair.size() ? std::string() : pair;
  }
  if (result->get_header_value("Content-Type").find("application/json") == 0)
    reply.json = nlohmann::json::parse(result->body, nullptr, false);
  return reply;
}

Session::Reply Session::get(const std::string& path) { return finish(client_.Get(path.c_str(), headers(false))); }

Session::Reply Session::post(const std::string& path, const nlohmann::json& body) {
  return postText(path, body.dump());
}

Session::Reply Session::postText(const std::string& path, const std::string& text) {
  return finish(client_.Post(path.c_str(), headers(true), text, "application/json"));
}

Session::Reply Session::put(const std::string& path, const nlohmann::json& body) {
  return finish(client_.Put(path.c_str(), headers(true), body.dump(), "application/json"));
}

Session::Reply Session::del(const std::string& path) { return finish(client_.Delete(path.c_str(), headers(true))); }

Session::Reply Session::upload(const std::string& path, const std::string& bytes, const std::string& contentType) {
  return finish(client_.Put(path.c_str(), headers(true), bytes, contentType.c_str()));
}

Session::Reply Session::uploadChunked(const std::string& path, const std::string& bytes, const std::string& contentType,
                                      size_t chunk, size_t firstChunk) {
  auto provider = [&bytes, chunk, firstChunk](size_t offset, httplib::DataSink& sink) {
    if (offset >= bytes.size()) {
      sink.done();
      return true;
    }
    const size_t n = offset == 0 && firstChunk > 0 ? firstChunk : chunk;
    return sink.write(bytes.data() + offset, std::min(n, bytes.size() - offset));
  };
  return finish(client_.Put(path.c_str(), headers(true), provider, contentType.c_str()));
}

Session::Reply Session::login(const std::string& account, const std::string& password) {
  return post("/api/v1/session", {{"account", account}, {"password", password}});
}

}  // namespace sxpool::testing
