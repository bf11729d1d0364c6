#include "sxpool/findings.hpp"

#include <algorithm>

namespace sxpool {
namespace {
// `path` equals `prefix` or continues it with "." or "[".
bool isUnder(std::string_view path, std::string_view prefix) {
  if (prefix.empty()) return true;
  if (path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}
}  // namespace

bool hasErrors(const Findings& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

std::size_t countSeverity(const Findings& findings, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

Findings findingsAt(const Findings& findings, std::string_view path) {
  Findings out;
  for (const auto& f : findings)
    if (isUnder(f.path, path)) out.push_back(f);
  return out;
}

Findings findingsOfRule(const Findings& findings, std::string_view ruleId) {
  Findings out;
  for (const auto& f : findings)
    if (f.ruleId == ruleId || (f.ruleId.size() > ruleId.size() && f.ruleId.compare(0, ruleId.size(), ruleId) == 0 &&
                               f.ruleId[ruleId.size()] == '.'))
      out.push_back(f);
  return out;
}

}  // namespace sxpool
