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

void Router::add(const std::string& method, const std::string& pattern, RouteHandler handler, size_t bodyLimit) {
  routes_.push_back({method, splitPath(pattern), std::move(handler), bodyLimit});
}

const Router::Route* Router::find(const std::string& method, const std::string& path) const {
  auto parts = splitPath(path);
  for (const auto& route : routes_)
    if (sameMethod(route.method, method) && matchSegments(route.segments, parts, nullptr)) return &route;
  return nullptr;
}

std::vector<std::string> Router::allowedMethods(const std::string& path) const {
  auto parts = splitPath(path);
  std::vector<std::string> methods;
  for (const auto& route : routes_)
    if (matchSegments(route.segments, parts, nullptr)) methods.push_back(route.method);
  return methods;
}

Router::Outcome Router::dispatch(const httplib::Request& req, httplib::Response& res) const {
  auto parts = splitPath(req.path);
  bool pathKnown = false;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!matchSegments(route.segments, parts, &params)) continue;
    pathKnown = true;
    if (!sameMethod(route.method, req.method)) continue;
    RouteContext ctx{req, res, std::move(params)};
    route.handler(ctx);
    return Outcome::Handled;
  }
  return pathKnown ? Outcome::MethodNotAllowed : Outcome::NotFound;
}

}  // namespace sxpool::http
