#pragma once
#include <httplib.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sxpool::http {

// What a handler sees: the request, the response, the `:name` segments of its pattern.
struct RouteContext {
  const httplib::Request& req;
  httplib::Response& res;
  std::map<std::string, std::string> params;

  const std::string& param(const std::string& name) const { return params.at(name); }
};

using RouteHandler = std::function<void(RouteContext&)>;

// Routes by method and segment pattern ("/api/v1/applications/:id"). Tells a path nobody serves (404)
// from a path served under another method (405, with the allowed ones).
class Router {
 public:
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    RouteHandler handler;
    size_t bodyLimit;  // 0: the server's JSON limit
  };
  enum class Outcome { Handled, NotFound, MethodNotAllowed };

  void add(const std::string& method, const std::string& pattern, RouteHandler handler, size_t bodyLimit = 0);
  Outcome dispatch(const httplib::Request& req, httplib::Response& res) const;
  // The route a request would reach (for body limits checked before the body is read).
  const Route* find(const std::string& method, const std::string& path) const;
  std::vector<std::string> allowedMethods(const std::string& path) const;

 private:
  std::vector<Route> routes_;
};

}  // namespace sxpool::http
