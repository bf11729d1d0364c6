#include "http/router.hpp"

namespace sxpool::http {
namespace {

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool matchSegments(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                   std::map<std::string, std::string>* params) {
  if (pattern.size() != path.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (!pattern[i].empty() && pattern[i][0] == ':') {
      if (path[i].empty()) return false;
      if (params) (*params)[pattern[i].substr(1)] = path[i];
    } else if (pattern[i] != path[i]) {
      return false;
    }
  }
  return true;
}

bool sameMethod(const std::string& routeMethod, const std::string& requestMethod) {
  return routeMethod == requestMethod || (routeMethod == "GET" && requestMethod == "HEAD");
}

}  // namespace

bool BodyStream::read(const BodyReceiver& receiver) {
  if (used_) return complete_;
  used_ = true;
  bool wanted = true;
  size_t seen = 0;
  complete_ = reader_([&](const char* data, size_t n) {
    seen += n;
    if (wanted) wanted = receiver(data, n);
    return wanted || seen <= drainLimit_;
  });
  return complete_;
}

bool RouteContext::readBody(const BodyReceiver& receiver) {
  if (body) return body->read(receiver);
  if (!req.body.empty()) receiver(req.body.data(), req.body.size());
  return true;
}

void Router::add(const std::string& method, const std::string& pattern, RouteHandler handler) {
  routes_.push_back({method, splitPath(pattern), std::move(handler), false});
}

void Router::addStreaming(const std::string& method, const std::string& pattern, RouteHandler handler) {
  routes_.push_back({method, splitPath(pattern), std::move(handler), true});
}

std::string Router::pathRegex(const Route& route) {
  std::string out;
  for (const auto& segment : route.segments) {
    out += '/';
    if (!segment.empty() && segment[0] == ':') {
      out += "[^/]+";
      continue;
    }
    for (char c : segment) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> Router::allowedMethods(const std::string& path) const {
  auto parts = splitPath(path);
  std::vector<std::string> methods;
  for (const auto& route : routes_)
    if (matchSegments(route.segments, parts, nullptr)) methods.push_back(route.method);
  return methods;
}

Router::Outcome Router::dispatch(const httplib::Request& req, httplib::Response& res, BodyStream* body) const {
  auto parts = splitPath(req.path);
  bool pathKnown = false;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!matchSegments(route.segments, parts, &params)) continue;
    pathKnown = true;
    if (!sameMethod(route.method, req.method)) continue;
    RouteContext ctx{req, res, std::move(params), body};
    route.handler(ctx);
    return Outcome::Handled;
  }
  return pathKnown ? Outcome::MethodNotAllowed : Outcome::NotFound;
}

}  // namespace sxpool::http
