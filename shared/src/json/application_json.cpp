// The application document <-> JSON (docs/application-format.md): the public face of the table-driven codec
// (application_encode.cpp, application_decode.cpp).
#include "application_codec.hpp"
#include "reader.hpp"
#include "sxpool/json.hpp"

namespace sxpool {

using detail::json;

json applicationToJson(const Application& a) { return json::parse(encodeApplication(a)); }

std::string encodeApplication(const Application& app, int indent) {
  std::string out;
  out.reserve(4096 +
              160 * (app.staff.size() + app.enterprises.size() + app.experts.size() + app.partners.size() +
                     app.products.size() + app.materials.size()) +
              app.overview.basics.size() + app.overview.history.size() + app.overview.products.size() +
              app.overview.achievements.size() + app.basic.activities.size());
  detail::writeApplication(out, app);
  if (indent < 0) return out;
  // Invalid UTF-8 typed into a field was replaced already, so the text parses.
  return json::parse(out).dump(indent, ' ', false, json::error_handler_t::replace);
}

std::optional<std::string> encodeWithMaterials(std::string_view encoded, const std::vector<Material>& materials) {
  // Members are written in key order, so "materials" directly follows the fixed "format" member. A quote inside a
  // string value is always written escaped, so this text can only be those two members of the document itself.
  const std::string members = "\"format\":\"" + std::string(kApplicationFormat) + "\",\"materials\":";
  const std::string marker = members + "[]";
  const auto at = encoded.find(marker);
  if (at == std::string_view::npos || encoded.find(marker, at + 1) != std::string_view::npos) return std::nullopt;
  std::string out;
  out.reserve(encoded.size() + 300 * materials.size());
  out.append(encoded.substr(0, at + members.size()));
  detail::writeMaterials(out, materials);
  out.append(encoded.substr(at + marker.size()));
  return out;
}

DecodeResult decodeApplicationJson(const json& document) {
  return detail::readApplication(document.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::optional<json> parseJson(std::string_view text, std::vector<JsonError>& errors) {
  return detail::parseJsonText(text, errors);
}

DecodeResult decodeApplication(std::string_view text) { return detail::readApplication(text); }

json findingToJson(const Finding& f) {
  return json{
      {"path", f.path}, {"rule", f.ruleId}, {"severity", std::string(codeOf(f.severity))}, {"message", f.message}};
}

json jsonErrorToJson(const JsonError& e) { return json{{"path", e.path}, {"message", e.message}}; }

}  // namespace sxpool
