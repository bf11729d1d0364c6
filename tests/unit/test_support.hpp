#pragma once
// Shared fixtures: a valid sample, the 2026 round, a submission date, and finding lookups.
#include <string>
#include <string_view>

#include "sxpool/application.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/round.hpp"
#include "sxpool/sample.hpp"
#include "sxpool/validation.hpp"

namespace sxpool::test {

inline const RoundSettings& round() {
  static const RoundSettings r = round2026();
  return r;
}
inline constexpr Date kSubmission{2026, 4, 15};

inline Application validSample(int index = 1) { return makeSampleApplication(index, round()); }

inline Findings validate(const Application& a, Date when = kSubmission) {
  return validateApplication(a, round(), when);
}

inline bool has(const Findings& fs, std::string_view rule, std::string_view path) {
  for (const auto& f : fs)
    if (f.ruleId == rule && f.path == path) return true;
  return false;
}

inline const Finding* find(const Findings& fs, std::string_view rule, std::string_view path) {
  for (const auto& f : fs)
    if (f.ruleId == rule && f.path == path) return &f;
  return nullptr;
}

inline std::string describe(const Findings& fs) {
  std::string s;
  for (const auto& f : fs) s += "[" + f.ruleId + "] " + f.path + ": " + f.message + "\n";
  return s;
}

}  // namespace sxpool::test

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<sxpool::Date> {
  static std::string convert(const sxpool::Date& d) { return sxpool::formatDate(d); }
};
}  // namespace Catch

#include <functional>

namespace sxpool::test {

// One row of a rule table: mutate a valid sample, expect (or not) a finding.
struct RuleCase {
  const char* name;
  std::function<void(Application&)> mutate;
  const char* rule;  // expected rule id; nullptr = expect no finding of `ruleFamily`
  const char* path;
  Severity severity = Severity::Error;
};

inline void runRuleTable(const std::vector<RuleCase>& cases, std::string_view ruleFamily = {},
                         const ValidationContext* ctx = nullptr) {
  for (const auto& c : cases) {
    Application a = validSample(2);
    c.mutate(a);
    const Findings fs = ctx ? validateApplication(a, round(), *ctx) : validate(a);
    INFO(c.name);
    INFO(describe(fs));
    if (c.rule) {
      const Finding* f = find(fs, c.rule, c.path);
      REQUIRE(f != nullptr);
      CHECK(f->severity == c.severity);
      CHECK_FALSE(f->message.empty());
    } else {
      CHECK(findingsOfRule(fs, ruleFamily).empty());
    }
  }
}

inline Material material(MaterialKind kind) {
  return Material{kind, "x.pdf", 1000, "application/pdf", std::string(64, 'a')};
}

inline void removeMaterial(Application& a, MaterialKind kind) {
  std::vector<Material> kept;
  for (const auto& m : a.materials)
    if (m.kind != kind) kept.push_back(m);
  a.materials = kept;
}

}  // namespace sxpool::test
