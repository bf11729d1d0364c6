#pragma once
#include <httplib.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sxpool::http {

using BodyReceiver = std::function<bool(const char* data, size_t n)>;

// The body of a streaming route, read chunk by chunk from the connection. When the receiver stops early (a
// refused upload), the rest is read and dropped, up to `drainLimit` bytes in all, so that the client, which
// sends its whole body before it reads, still gets the answer.
class BodyStream {
 public:
  BodyStream(const httplib::ContentReader& reader, size_t drainLimit) : reader_(reader), drainLimit_(drainLimit) {}
  // Once only. True when the whole body was read, whether or not the receiver wanted all of it.
  bool read(const BodyReceiver& receiver);
  bool used() const { return used_; }
  bool complete() const { return complete_; }

 private:
  const httplib::ContentReader& reader_;
  size_t drainLimit_;
  bool used_ = false;
  bool complete_ = false;
};

// What a handler sees: the request, the response, the `:name` segments of its pattern, and for streaming
// routes the body still on the connection.
struct RouteContext {
  const httplib::Request& req;
  httplib::Response& res;
  std::map<std::string, std::string> params;
  BodyStream* body = nullptr;

  const std::string& param(const std::string& name) const { return params.at(name); }
  // Streaming routes: feeds the body to `receiver` chunk by chunk (others: req.body at once). See BodyStream::read.
  bool readBody(const BodyReceiver& receiver);
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
    bool streaming;  // the handler reads the body itself (RouteContext::readBody); others get it whole
  };
  enum class Outcome { Handled, NotFound, MethodNotAllowed };

  void add(const std::string& method, const std::string& pattern, RouteHandler handler);
  void addStreaming(const std::string& method, const std::string& pattern, RouteHandler handler);
  Outcome dispatch(const httplib::Request& req, httplib::Response& res, BodyStream* body = nullptr) const;
  std::vector<std::string> allowedMethods(const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }
  // The route's pattern as a regular expression over the path (`:name` → one segment).
  static std::string pathRegex(const Route& route);

 private:
  std::vector<Route> routes_;
};

}  // namespace sxpool::http
