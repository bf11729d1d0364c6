#pragma once
#include <httplib.h>

#include <string>

#include "settings/server_config.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace sxpool::http {

// The HTTP front: the CSRF header checked before a body is read, body limits, then the API router (streaming
// routes get the body still on the connection), then the web bundle; every error leaves as JSON.
class ApiServer {
 public:
  ApiServer(const settings::ServerConfig& config, Router router);

  enum class BindResult { Ok, PortInUse, AddressUnavailable, PermissionDenied, Other };
  BindResult bind();
  bool run();  // blocks until stop()
  void stop();

  // The header every state-changing /api/ request must carry (a page of another site cannot set it).
  static constexpr const char* kCsrfHeader = "X-Sxpool-Request";

 private:
  void dispatch(const httplib::Request& req, httplib::Response& res, BodyStream* body = nullptr);
  httplib::Server::HandlerResponse beforeBody(const httplib::Request& req, httplib::Response& res);

  // cpp-httplib 0.11.4 listens with a backlog of 5: a burst of new connections loses SYNs and waits a second
  // for the retransmit. The subclass reaches the socket to widen it.
  class Listener : public httplib::Server {
   public:
    void widenBacklog(int backlog);
  };

  const settings::ServerConfig& config_;
  Router router_;
  StaticFiles static_;
  size_t bodyCap_;  // the largest body read from a connection (an upload at its limit, with headroom)
  Listener server_;
};

}  // namespace sxpool::http
