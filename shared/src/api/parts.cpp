#include "parts.hpp"

#include "sxpool/workflow_json.hpp"

namespace sxpool::api::detail {

void members(JsonReader& r, const json& j, const std::string& path, const Fields& field) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    field(k, v, p);
    return true;
  });
}

void readInt(JsonReader& r, const json& j, const std::string& path, int& out) {
  std::optional<int> v;
  if (j.is_null()) r.error(path, "缺少数值，应为整数");
  r.integer(j, path, v, INT_MIN, INT_MAX);
  if (v) out = *v;
}
void readInt(JsonReader& r, const json& j, const std::string& path, std::int64_t& out) {
  r.integer(j, path, out, INT64_MIN, INT64_MAX);
}
void readUnsigned(JsonReader& r, const json& j, const std::string& path, std::uint64_t& out) {
  std::int64_t v = 0;
  const auto before = r.errorCount();
  r.integer(j, path, v, 0, INT64_MAX);
  if (r.errorCount() == before) out = static_cast<std::uint64_t>(v);
}
void readOptionalText(JsonReader& r, const json& j, const std::string& path, std::optional<std::string>& out) {
  if (j.is_null()) {
    out.reset();
    return;
  }
  std::string s;
  const auto before = r.errorCount();
  r.text(j, path, s);
  if (r.errorCount() == before) out = std::move(s);
}
std::vector<std::string> splitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

json optionalText(const std::optional<std::string>& text) { return text ? json(*text) : json(nullptr); }

json toJson(const ErrorField& f) {
  json out{{"path", f.path}, {"message", f.message}};
  if (!f.rule.empty()) out["rule"] = f.rule;
  if (f.severity) out["severity"] = std::string(codeOf(*f.severity));
  return out;
}
void read(JsonReader& r, const json& j, const std::string& path, ErrorField& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "path") r.text(v, p, out.path);
    if (k == "message") r.text(v, p, out.message);
    if (k == "rule") r.text(v, p, out.rule);
    if (k == "severity") r.optionalEnumeration(v, p, out.severity);
  });
}

json toJson(const ErrorBody& body) {
  json out{{"error", body.error}, {"message", body.message}, {"fields", listJson(body.fields)}};
  if (body.retryAfterSeconds) out["retryAfterSeconds"] = *body.retryAfterSeconds;
  return out;
}
bool readErrorMember(JsonReader& r, const std::string& k, const json& v, const std::string& p, ErrorBody& out) {
  if (k == "error")
    r.text(v, p, out.error);
  else if (k == "message")
    r.text(v, p, out.message);
  else if (k == "fields")
    readList(r, v, p, out.fields);
  else if (k == "retryAfterSeconds")
    r.integer(v, p, out.retryAfterSeconds, 0, INT64_MAX);
  else
    return false;
  return true;
}

json toJson(const StateView& s) { return {{"code", std::string(codeOf(s.code))}, {"label", s.label}}; }
void read(JsonReader& r, const json& j, const std::string& path, StateView& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "code") r.enumeration(v, p, out.code);
    if (k == "label") r.text(v, p, out.label);
  });
}

json toJson(const UserView& u) {
  return {{"id", u.id},
          {"account", u.account},
          {"role", u.role},
          {"roleLabel", u.roleLabel},
          {"unitCode", u.unitCode},
          {"unitName", u.unitName},
          {"displayName", u.displayName},
          {"uscc", u.uscc},
          {"contactName", u.contactName},
          {"contactPhone", u.contactPhone},
          {"email", u.email},
          {"disabled", u.disabled},
          {"mustChangePassword", u.mustChangePassword}};
}
void read(JsonReader& r, const json& j, const std::string& path, UserView& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id") readInt(r, v, p, out.id);
    if (k == "disabled") r.boolean(v, p, out.disabled);
    if (k == "mustChangePassword") r.boolean(v, p, out.mustChangePassword);
    const std::pair<const char*, std::string*> texts[] = {{"account", &out.account},
                                                          {"role", &out.role},
                                                          {"roleLabel", &out.roleLabel},
                                                          {"unitCode", &out.unitCode},
                                                          {"unitName", &out.unitName},
                                                          {"displayName", &out.displayName},
                                                          {"uscc", &out.uscc},
                                                          {"contactName", &out.contactName},
                                                          {"contactPhone", &out.contactPhone},
                                                          {"email", &out.email}};
    for (const auto& [key, member] : texts)
      if (k == key) r.text(v, p, *member);
  });
}

json toJson(const MaterialView& m) {
  return {{"id", m.id},
          {"kind", m.kind},
          {"kindLabel", m.kindLabel},
          {"fileName", m.fileName},
          {"sizeBytes", m.sizeBytes},
          {"contentType", m.contentType},
          {"sha256", m.sha256},
          {"uploadedAt", m.uploadedAt},
          {"removed", m.removed},
          {"url", m.url}};
}
void read(JsonReader& r, const json& j, const std::string& path, MaterialView& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id") readInt(r, v, p, out.id);
    if (k == "kind") r.text(v, p, out.kind);
    if (k == "kindLabel") r.text(v, p, out.kindLabel);
    if (k == "fileName") r.text(v, p, out.fileName);
    if (k == "sizeBytes") readInt(r, v, p, out.sizeBytes);
    if (k == "contentType") r.text(v, p, out.contentType);
    if (k == "sha256") r.text(v, p, out.sha256);
    if (k == "uploadedAt") readInt(r, v, p, out.uploadedAt);
    if (k == "removed") r.boolean(v, p, out.removed);
    if (k == "url") r.text(v, p, out.url);
  });
}

json toJson(const Finding& f) { return findingToJson(f); }
void read(JsonReader& r, const json& j, const std::string& path, Finding& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "path") r.text(v, p, out.path);
    if (k == "rule") r.text(v, p, out.ruleId);
    if (k == "severity") r.enumeration(v, p, out.severity);
    if (k == "message") r.text(v, p, out.message);
  });
}

json toJson(const FieldComment& c) { return {{"path", c.path}, {"comment", c.comment}}; }
void read(JsonReader& r, const json& j, const std::string& path, FieldComment& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "path") r.text(v, p, out.path);
    if (k == "comment") r.text(v, p, out.comment);
  });
}

json toJson(const DraftReply& d) {
  json out{{"applicationId", d.applicationId}, {"revision", d.revision},   {"state", toJson(d.state)},
           {"editable", d.editable},           {"updatedAt", d.updatedAt}, {"document", applicationToJson(d.document)}};
  if (d.changed) out["changed"] = *d.changed;
  return out;
}
void read(JsonReader& r, const json& j, const std::string& path, DraftReply& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "applicationId") readInt(r, v, p, out.applicationId);
    if (k == "revision") readInt(r, v, p, out.revision);
    if (k == "state") read(r, v, p, out.state);
    if (k == "editable") r.boolean(v, p, out.editable);
    if (k == "updatedAt") readInt(r, v, p, out.updatedAt);
    if (k == "document") read(r, v, p, out.document);
    if (k == "changed") {
      bool changed = false;
      r.boolean(v, p, changed);
      out.changed = changed;
    }
  });
}

void read(JsonReader& r, const json& j, const std::string& path, Application& out) {
  auto decoded = decodeApplicationJson(j);
  for (const auto& e : decoded.errors) r.error(e.path.empty() ? path : JsonReader::member(path, e.path), e.message);
  out = std::move(decoded.value);
}
void read(JsonReader& r, const json& j, const std::string& path, WorkflowCase& out) {
  auto decoded = decodeWorkflowCase(j);
  for (const auto& e : decoded.errors) r.error(e.path.empty() ? path : JsonReader::member(path, e.path), e.message);
  out = std::move(decoded.value);
}

}  // namespace sxpool::api::detail
