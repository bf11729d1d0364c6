#pragma once
// Internal: what every check function gets, and the helpers that keep messages uniform
// ("<field label><problem>，<how to fix>").
#include <optional>
#include <string>
#include <string_view>

#include "sxpool/application.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/round.hpp"
#include "sxpool/validation.hpp"

namespace sxpool::detail {

using Row = std::optional<std::size_t>;  // nullopt = all rows

// A field path built only when a finding needs it (most checks pass: no string work then).
class FieldPath {
 public:
  FieldPath(const char* whole) : whole_(whole) {}         // NOLINT: implicit on purpose
  FieldPath(const std::string& whole) : whole_(whole) {}  // NOLINT
  FieldPath(std::string_view table, std::size_t index, std::string_view field)
      : table_(table), field_(field), index_(index), row_(true) {}
  std::string str() const;

 private:
  std::string_view whole_;
  std::string_view table_;
  std::string_view field_;
  std::size_t index_ = 0;
  bool row_ = false;
};

struct Checker {
  const Application& app;
  const RoundSettings& round;
  const ValidationContext& ctx;
  Findings& out;

  void add(std::string path, std::string_view rule, Severity severity, std::string message);
  void error(std::string path, std::string_view rule, std::string message) {
    add(std::move(path), rule, Severity::Error, std::move(message));
  }
  void warning(std::string path, std::string_view rule, std::string message) {
    add(std::move(path), rule, Severity::Warning, std::move(message));
  }
  void review(std::string path, std::string_view rule, std::string message) {
    add(std::move(path), rule, Severity::NeedsManualReview, std::move(message));
  }

  // Required text with a maximum length in characters; true when filled in.
  bool text(const FieldPath& path, std::string_view value, int maxChars, std::string_view fillHint);
  // Optional text: only the length is checked.
  void optionalText(const FieldPath& path, std::string_view value, int maxChars);
  // Required count ≥ 0; true when set and non-negative.
  bool count(const FieldPath& path, const std::optional<Count>& value, std::string_view unit);
  // Required amount; `allowNegative` for profits. true when set (and non-negative unless allowed).
  bool amount(const FieldPath& path, const std::optional<Decimal2>& value, std::string_view unit,
              bool allowNegative = false);
  // Required date not after the submission date; true when set.
  bool pastDate(const FieldPath& path, const std::optional<Date>& value);
  void missing(const FieldPath& path, std::string_view fillHint);
};

std::string rowPath(std::string_view table, std::size_t index, std::string_view field);
std::string indexPath(std::string_view table, std::size_t index);
bool hasMaterial(const Application& app, MaterialKind kind);
std::string missingMaterialMessage(MaterialKind kind);
inline bool inRow(const Row& row, std::size_t i) { return !row || *row == i; }

// Sections (one file each).
void checkBasic(Checker& c);
void checkUsccField(Checker& c);
void checkContact(Checker& c);
void checkOperations(Checker& c);
void checkOverview(Checker& c);
void checkProducts(Checker& c, Row row);
void checkStaff(Checker& c, Row row);
void checkEnterprises(Checker& c, Row row);
void checkCases(Checker& c, Row row);
void checkExperts(Checker& c, Row row);
void checkPartners(Checker& c, Row row);
void checkMaterials(Checker& c, Row row);
void checkDeclaration(Checker& c);
void checkRouting(Checker& c);
void checkConsistency(Checker& c);

}  // namespace sxpool::detail
