#include "http/api_server.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "http/connection_pool.hpp"
#include "http/json_response.hpp"
#include "services/service_error.hpp"
#include "store/store_error.hpp"

namespace sxpool::http {
namespace {

bool isApi(const std::string& path) { return path.rfind("/api/", 0) == 0 || path == "/api"; }

// "application/json", with or without parameters ("; charset=utf-8").
bool isJson(const std::string& contentType) {
  std::string type = contentType.substr(0, contentType.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  return type == "application/json";
}

bool isStateChanging(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Why a bind failed, found by trying it ourselves (cpp-httplib only says that it failed).
ApiServer::BindResult probeBind(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found)
    return ApiServer::BindResult::AddressUnavailable;
  ApiServer::BindResult result = ApiServer::BindResult::Other;
  int fd = socket(found->ai_family, found->ai_socktype, found->ai_protocol);
  if (fd >= 0) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, found->ai_addr, found->ai_addrlen) != 0 || ::listen(fd, 1) != 0) {
      if (errno == EADDRINUSE)
        result = ApiServer::BindResult::PortInUse;
      else if (errno == EADDRNOTAVAIL)
        result = ApiServer::BindResult::AddressUnavailable;
      else if (errno == EACCES)
        result = ApiServer::BindResult::PermissionDenied;
    }
    close(fd);
  }
  freeaddrinfo(found);
  return result;
}

}  // namespace

ApiServer::ApiServer(const settings::ServerConfig& config, Router router)
    : config_(config),
      router_(std::move(router)),
      static_(config.webDir),
      bodyCap_(std::max(config.jsonBodyLimit, config.attachmentFileLimit) + 64 * 1024) {
  const auto warm = static_cast<size_t>(config_.threads);
  const auto cap = static_cast<size_t>(config_.maxConnections);
  server_.new_task_queue = [warm, cap] { return new ConnectionPool(warm, cap); };
  // The largest body any route takes (an upload, streamed); JSON routes are held to jsonBodyLimit in dispatch.
  server_.set_payload_max_length(bodyCap_);
  server_.set_keep_alive_max_count(100000);
  server_.set_keep_alive_timeout(5);
  server_.set_read_timeout(config_.ioTimeout.count());
  server_.set_write_timeout(config_.ioTimeout.count());
  server_.set_tcp_nodelay(true);
  // Every answer, page or API: scripts only from this origin (and the wasm compiled from them), no inline code,
  // no framing by other sites (clickjacking), no MIME sniffing, no referrer leaving the site.
  server_.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
  });
  // cpp-httplib's default adds SO_REUSEPORT, which lets a second server share a taken port silently.
  server_.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });

  server_.set_pre_routing_handler([this](const auto& req, auto& res) { return beforeBody(req, res); });
  // Streaming routes get the body still on the connection (cpp-httplib tries these patterns first).
  for (const auto& route : router_.routes()) {
    if (!route.streaming) continue;
    auto streamed = [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
      BodyStream body(reader, bodyCap_);
      dispatch(req, res, &body);
    };
    const std::string pattern = Router::pathRegex(route);
    if (route.method == "PUT")
      server_.Put(pattern, streamed);
    else if (route.method == "POST")
      server_.Post(pattern, streamed);
    else if (route.method == "PATCH")
      server_.Patch(pattern, streamed);
    else
      throw std::logic_error("streaming route with method " + route.method);
  }
  auto handler = [this](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
  server_.Get(".*", handler);
  server_.Post(".*", handler);
  server_.Put(".*", handler);
  server_.Patch(".*", handler);
  server_.Delete(".*", handler);
  server_.Options(".*", handler);
  server_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty() && !res.content_provider_) fillDefaultError(res);
  });
  server_.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) { sendInternalError(res); });
}

httplib::Server::HandlerResponse ApiServer::beforeBody(const httplib::Request& req, httplib::Response& res) {
  using HR = httplib::Server::HandlerResponse;
  if (!isApi(req.path)) return HR::Unhandled;
  if (isStateChanging(req.method) && req.get_header_value(kCsrfHeader) != "1") {
    sendError(res, 403, "csrf_header_missing",
              std::string("请求缺少请求头 ") + kCsrfHeader + ": 1：请通过本系统页面操作（防跨站请求伪造）");
    res.set_header("Connection", "close");  // the body was never read
    return HR::Handled;
  }
  return HR::Unhandled;
}

void ApiServer::dispatch(const httplib::Request& req, httplib::Response& res, BodyStream* body) {
  // Streaming routes (uploads) read their body themselves and hold it to their own limits; every other route
  // takes JSON up to jsonBodyLimit (cpp-httplib refuses anything above bodyCap_ with 413).
  const size_t limit = config_.jsonBodyLimit;
  if (isApi(req.path) && req.body.size() > limit) {
    sendError(res, 413, "payload_too_large",
              "请求体太大（" + std::to_string(req.body.size() / 1024) + " KB），上限为 " +
                  std::to_string(limit / 1024) + " KB：请缩小提交的内容或文件");
    return;
  }
  if (isApi(req.path) && !body && !req.body.empty() && !isJson(req.get_header_value("Content-Type"))) {
    sendError(res, 415, "unsupported_media_type",
              "请求体须为 JSON，并带请求头 Content-Type: application/json（收到的是 " +
                  (req.has_header("Content-Type") ? req.get_header_value("Content-Type") : std::string("未标明类型")) +
                  "）");
    return;
  }
  Router::Outcome outcome = Router::Outcome::Handled;
  try {
    outcome = router_.dispatch(req, res, body);
  } catch (const services::ServiceError& e) {
    sendServiceError(res, e);
  } catch (const store::StorageFull&) {  // 507: the disk is full, nothing of this request was kept
    sendServiceError(res, services::storageFull());
  } catch (const store::StorageBusy&) {  // 503: another process holds the database locked
    sendServiceError(res, services::storageBusy());
  } catch (const nlohmann::json::exception&) {
    sendError(res, 400, "bad_request", "请求内容格式不正确：请检查 JSON 字段的类型");
  } catch (...) {
    if (!body) throw;  // the exception handler answers 500
    sendInternalError(res);
  }
  if (body) {
    // A handler that answered before reading (not signed in, refused, …): read the body and drop it, so that
    // the client gets the answer; what could not be read closes the connection.
    if (!body->used()) body->read([](const char*, size_t) { return false; });
    if (!body->complete()) res.set_header("Connection", "close");
  }
  switch (outcome) {
    case Router::Outcome::Handled: return;
    case Router::Outcome::MethodNotAllowed:
      res.set_header("Allow", joined(router_.allowedMethods(req.path)));
      sendError(
          res, 405, "method_not_allowed",
          "地址 " + req.path + " 不支持 " + req.method + " 方法，可用：" + joined(router_.allowedMethods(req.path)));
      return;
    case Router::Outcome::NotFound: break;
  }
  if (!isApi(req.path) && (req.method == "GET" || req.method == "HEAD") && static_.serve(req, res)) return;
  if (!isApi(req.path) && req.method != "GET" && req.method != "HEAD") {
    res.set_header("Allow", "GET, HEAD");
    sendError(res, 405, "method_not_allowed", "页面文件只能用 GET 方法读取");
    return;
  }
  sendError(res, 404, "not_found", "没有这个地址：" + req.path + "（请检查网址是否正确）");
}

void ApiServer::Listener::widenBacklog(int backlog) { ::listen(svr_sock_, backlog); }

ApiServer::BindResult ApiServer::bind() {
  if (server_.bind_to_port(config_.host, config_.port)) {
    server_.widenBacklog(1024);
    return BindResult::Ok;
  }
  return probeBind(config_.host, config_.port);
}

bool ApiServer::run() { return server_.listen_after_bind(); }

void ApiServer::stop() { server_.stop(); }

}  // namespace sxpool::http
