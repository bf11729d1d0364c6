#pragma once
// A validation finding: where (field path), which rule (stable id), how bad, and a Chinese message that names
// the field and says how to fix it.
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/enum_table.hpp"

namespace sxpool {

enum class Severity { Error, Warning, NeedsManualReview };

template <>
struct EnumTable<Severity> {
  static constexpr EnumEntry<Severity> entries[] = {
      {Severity::Error, "error", "错误"},
      {Severity::Warning, "warning", "提示"},
      {Severity::NeedsManualReview, "manual_review", "需人工复核"},
  };
};

struct Finding {
  std::string path;    // "basic.uscc", "staff[3].title", "experts", "materials"
  std::string ruleId;  // "6-4.senior-experts", "format.uscc.checksum" — see docs/application-format.md
  Severity severity = Severity::Error;
  std::string message;  // Chinese

  bool operator==(const Finding& o) const {
    return path == o.path && ruleId == o.ruleId && severity == o.severity && message == o.message;
  }
};

using Findings = std::vector<Finding>;

bool hasErrors(const Findings& findings);
std::size_t countSeverity(const Findings& findings, Severity severity);
// Findings whose path is `path` or lies under it ("staff" covers "staff[2].name").
Findings findingsAt(const Findings& findings, std::string_view path);
// Findings whose rule id is `ruleId` or starts with `ruleId` + "." ("6-4" covers "6-4.senior-experts").
Findings findingsOfRule(const Findings& findings, std::string_view ruleId);

}  // namespace sxpool
