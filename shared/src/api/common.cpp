#include "sxpool/api/common.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

ErrorField errorField(const Finding& f) { return {f.path, f.message, f.ruleId, f.severity}; }
ErrorField errorField(const FieldError& e) { return {e.path, e.message, {}, std::nullopt}; }

StateView stateView(WorkflowState state) { return {state, std::string(labelOf(state))}; }

std::string encode(const ErrorBody& body) { return dump(toJson(body)); }
Parsed<ErrorBody> decodeErrorBody(std::string_view text) {
  return decodeObject<ErrorBody>(text, [](const json& j, JsonReader& r, ErrorBody& out) {
    members(r, j, "",
            [&](const std::string& k, const json& v, const std::string& p) { readErrorMember(r, k, v, p, out); });
  });
}

std::string encode(const HealthReply& reply) {
  return dump(json{{"status", reply.status}, {"system", reply.system}, {"version", reply.version}});
}
Parsed<HealthReply> decodeHealthReply(std::string_view text) {
  return decodeObject<HealthReply>(text, [](const json& j, JsonReader& r, HealthReply& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "status") r.text(v, p, out.status);
      if (k == "system") r.text(v, p, out.system);
      if (k == "version") r.text(v, p, out.version);
    });
  });
}

}  // namespace sxpool::api
