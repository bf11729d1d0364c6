#include "app/document_diff.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "sxpool/json.hpp"
#include "sxpool/validation.hpp"

namespace sxpool::web {
namespace {

void flatten(const nlohmann::json& j, const std::string& path, std::map<std::string, std::string>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) flatten(v, path.empty() ? k : path + "." + k, out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) flatten(j[i], path + "[" + std::to_string(i) + "]", out);
  } else if (j.is_string()) {
    out[path] = j.get<std::string>();
  } else if (!j.is_null()) {
    out[path] = j.dump();
  }
}

}  // namespace

std::vector<FieldDifference> differences(const Application& mine, const Application& theirs) {
  std::map<std::string, std::string> a, b;
  flatten(applicationToJson(mine), "", a);
  flatten(applicationToJson(theirs), "", b);
  std::vector<FieldDifference> out;
  auto add = [&](const std::string& path) {
    const std::string& x = a.count(path) ? a[path] : std::string();
    const std::string& y = b.count(path) ? b[path] : std::string();
    if (x != y && path != "format") out.push_back({path, fieldLabel(path), x, y});
  };
  for (const auto& [path, value] : a) add(path);
  for (const auto& [path, value] : b)
    if (!a.count(path)) add(path);
  return out;
}

}  // namespace sxpool::web
