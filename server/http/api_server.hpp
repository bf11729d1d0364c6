#pragma once
#include <httplib.h>

#include <string>

#include "app/config.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace sxpool::http {

// The HTTP front: body limits and the CSRF header checked before a body is read, then the API router,
// then the web bundle; every error leaves as JSON.
class ApiServer {
 public:
  ApiServer(const app::ServerConfig& config, Router router);

  enum class BindResult { Ok, PortInUse, AddressUnavailable, PermissionDenied, Other };
  BindResult bind();
  bool run();  // blocks until stop()
  void stop();

  // The header every state-changing /api/ request must carry (a page of another site cannot set it).
  static constexpr const char* kCsrfHeader = "X-Sxpool-Request";

 private:
  void dispatch(const httplib::Request& req, httplib::Response& res);
  httplib::Server::HandlerResponse beforeBody(const httplib::Request& req, httplib::Response& res);

  const app::ServerConfig& config_;
  Router router_;
  StaticFiles static_;
  httplib::Server server_;
};

}  // namespace sxpool::http
