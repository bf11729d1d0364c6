#include "app/replies.hpp"

#include <nlohmann/json.hpp>

namespace sxpool::web {
namespace {

using nlohmann::json;

std::optional<json> object(std::string_view body) {
  std::vector<JsonError> errors;
  auto j = parseJson(body, errors);
  if (!j || !j->is_object()) return std::nullopt;
  return j;
}

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template <class T>
T num(const json& j, const char* key, T fallback = 0) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<T>() : fallback;
}

bool flag(const json& j, const char* key, bool fallback = false) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

const json& member(const json& j, const char* key) {
  static const json none;
  const auto it = j.find(key);
  return it == j.end() ? none : *it;
}

template <class F>
void eachObject(const json& list, F&& f) {
  if (!list.is_array()) return;
  for (const auto& e : list)
    if (e.is_object()) f(e);
}

StateLabel stateOf(const json& j) {
  const json& s = member(j, "state");
  return s.is_object() ? StateLabel{str(s, "code"), str(s, "label")} : StateLabel{};
}

std::optional<StoredMaterial> materialOf(const json& m, std::optional<MaterialKind> kind) {
  if (!kind) {
    const auto code = fromCode<MaterialKind>(str(m, "kind"));
    if (!code) return std::nullopt;
    kind = *code;
  }
  StoredMaterial out;
  out.id = num<long>(m, "id");
  out.material.kind = *kind;
  out.material.fileName = str(m, "fileName");
  out.material.sizeBytes = num<std::int64_t>(m, "sizeBytes");
  out.material.contentType = str(m, "contentType");
  out.material.sha256 = str(m, "sha256");
  return out;
}

DraftReply draftOf(const json& j) {
  DraftReply d;
  d.revision = num<long>(j, "revision");
  const json& doc = member(j, "document");
  if (doc.is_object()) d.document = doc.dump();
  return d;
}

}  // namespace

std::optional<SessionUser> decodeSessionReply(std::string_view body) {
  auto j = object(body);
  if (!j || !member(*j, "user").is_object()) return std::nullopt;
  const json& u = (*j)["user"];
  return SessionUser{num<long>(u, "id"),  str(u, "account"),  str(u, "role"),
                     str(u, "roleLabel"), str(u, "unitName"), str(u, "displayName")};
}

std::optional<HealthReply> decodeHealthReply(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  return HealthReply{str(*j, "version")};
}

std::optional<RoundReply> decodeRoundReply(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  RoundReply r;
  r.year = num<int>(*j, "year");
  r.deadline = parseDate(str(*j, "deadline"));
  r.today = parseDate(str(*j, "today"));
  r.enforceDeadline = flag(*j, "enforceDeadline", true);
  const json& limits = member(*j, "limits");
  if (limits.is_object() && member(limits, "attachmentFileBytes").is_number())
    r.attachmentFileBytes = num<std::int64_t>(limits, "attachmentFileBytes");
  return r;
}

std::optional<std::vector<UnitEntry>> decodeUnitsReply(std::string_view body) {
  auto j = object(body);
  if (!j || !member(*j, "items").is_array()) return std::nullopt;
  std::vector<UnitEntry> out;
  eachObject((*j)["items"], [&](const json& u) {
    out.push_back({str(u, "code"), str(u, "name"), str(u, "level"), str(u, "parentCode")});
  });
  return out;
}

std::optional<ApplicationDetail> decodeApplicationDetail(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  ApplicationDetail a;
  a.id = num<long>(*j, "id");
  a.roundYear = num<int>(*j, "roundYear");
  a.name = str(*j, "name");
  a.receiptNo = str(*j, "receiptNo");
  a.nextStep = str(*j, "nextStep");
  a.state = stateOf(*j);
  a.editable = flag(*j, "editable");
  a.draftRevision = num<long>(*j, "draftRevision");
  if (member(*j, "document").is_object()) a.document = decodeApplicationJson((*j)["document"]).value;
  eachObject(member(*j, "materials"), [&](const json& m) {
    if (auto stored = materialOf(m, std::nullopt)) a.materials.push_back(std::move(*stored));
  });
  const json& workflow = member(*j, "workflow");
  if (workflow.is_object())
    eachObject(member(workflow, "openComments"), [&](const json& c) {
      a.openComments.push_back({str(c, "path"), str(c, "comment")});
    });
  return a;
}

std::optional<std::vector<InboxMessage>> decodeInboxReply(std::string_view body) {
  auto j = object(body);
  if (!j || !member(*j, "items").is_array()) return std::nullopt;
  std::vector<InboxMessage> out;
  eachObject((*j)["items"], [&](const json& m) {
    out.push_back({num<long>(m, "id"), flag(m, "read"), str(m, "title"), str(m, "body")});
  });
  return out;
}

std::optional<SubmitReceipt> decodeSubmitReceipt(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  SubmitReceipt r;
  r.receiptNo = str(*j, "receiptNo");
  r.nextStep = str(*j, "nextStep");
  r.version = num<int>(*j, "version");
  eachObject(member(*j, "warnings"), [&](const json& w) { r.warnings.push_back(str(w, "message")); });
  return r;
}

std::optional<QueuePage> decodeQueuePage(std::string_view body) {
  auto j = object(body);
  if (!j || !member(*j, "items").is_array()) return std::nullopt;
  QueuePage page;
  eachObject((*j)["items"], [&](const json& row) {
    page.items.push_back({str(row, "name"), str(row, "uscc"), str(row, "receiptNo"), stateOf(row)});
  });
  return page;
}

std::optional<DraftReply> decodeDraftReply(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  return draftOf(*j);
}

std::optional<DraftReply> decodeDraftConflict(std::string_view body) {
  auto j = object(body);
  if (!j || !member(*j, "server").is_object()) return std::nullopt;
  return draftOf((*j)["server"]);
}

std::optional<StoredMaterial> decodeStoredMaterial(std::string_view body, MaterialKind kind) {
  auto j = object(body);
  if (!j) return std::nullopt;
  return materialOf(*j, kind);
}

std::optional<ErrorReply> decodeErrorReply(std::string_view body) {
  auto j = object(body);
  if (!j) return std::nullopt;
  ErrorReply e{str(*j, "error"), str(*j, "message"), {}};
  eachObject(member(*j, "fields"), [&](const json& f) { e.fields.push_back({str(f, "path"), str(f, "message")}); });
  return e;
}

std::string encodeRegistration(const Registration& r) {
  return json{
      {"uscc", r.uscc},   {"name", r.name},        {"contactName", r.contactName}, {"contactPhone", r.contactPhone},
      {"email", r.email}, {"password", r.password}}
      .dump();
}

std::string encodeSignIn(const std::string& account, const std::string& password) {
  return json{{"account", account}, {"password", password}}.dump();
}

std::string encodeSubmit(long draftRevision) { return json{{"revision", draftRevision}}.dump(); }

// The document is already JSON text (encodeApplication): it goes in as it is, not parsed and printed again.
std::string encodeDraftSave(long baseRevision, const std::string& documentJson) {
  return "{\"baseRevision\":" + std::to_string(baseRevision) + ",\"document\":" + documentJson + "}";
}

}  // namespace sxpool::web
