#pragma once
// Versioned JSON mapping of the application document. Decoding never throws: every problem becomes an error with
// the field path. Exact round trip: decodeApplication(encodeApplication(x)).value == x.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sxpool/application.hpp"
#include "sxpool/findings.hpp"

namespace sxpool {

inline constexpr std::string_view kApplicationFormat = "sxpool.application/1";

struct JsonError {
  std::string path;     // "staff[3].title", "" for the document itself
  std::string message;  // Chinese

  bool operator==(const JsonError& o) const { return path == o.path && message == o.message; }
};

struct DecodeResult {
  Application value;  // everything that could be read (defaults elsewhere)
  std::vector<JsonError> errors;
  bool ok() const { return errors.empty(); }
};

// Any JSON text, nested at most 32 deep (deeper input would exhaust the stack wherever it is later printed or
// compared): the value, or nothing and one Chinese message in `errors`.
std::optional<nlohmann::json> parseJson(std::string_view text, std::vector<JsonError>& errors);
DecodeResult decodeApplication(std::string_view text);
DecodeResult decodeApplicationJson(const nlohmann::json& document);  // an already parsed document
nlohmann::json applicationToJson(const Application& app);
std::string encodeApplication(const Application& app, int indent = -1);
// encodeApplication(x) with x.materials = materials, made from `encoded` = encodeApplication(x) with no materials
// by putting the materials into the text: no parse, no re-encode. Empty when `encoded` is not such a text.
std::optional<std::string> encodeWithMaterials(std::string_view encoded, const std::vector<Material>& materials);

nlohmann::json findingToJson(const Finding& finding);  // {"path","rule","severity","message"}
nlohmann::json jsonErrorToJson(const JsonError& error);

}  // namespace sxpool
