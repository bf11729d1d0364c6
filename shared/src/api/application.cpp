#include "sxpool/api/application.hpp"

#include "parts.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool::api {

namespace detail {

json toJson(const ApplicationSummary& a) {
  return {{"id", a.id},
          {"roundYear", a.roundYear},
          {"name", a.name},
          {"state", toJson(a.state)},
          {"receiptNo", optionalText(a.receiptNo)},
          {"currentVersion", a.currentVersion},
          {"draftRevision", a.draftRevision},
          {"updatedAt", a.updatedAt}};
}
void read(JsonReader& r, const json& j, const std::string& path, ApplicationSummary& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "id") readInt(r, v, p, out.id);
    if (k == "roundYear") readInt(r, v, p, out.roundYear);
    if (k == "name") r.text(v, p, out.name);
    if (k == "state") read(r, v, p, out.state);
    if (k == "receiptNo") readOptionalText(r, v, p, out.receiptNo);
    if (k == "currentVersion") readInt(r, v, p, out.currentVersion);
    if (k == "draftRevision") readInt(r, v, p, out.draftRevision);
    if (k == "updatedAt") readInt(r, v, p, out.updatedAt);
  });
}

json toJson(const VersionInfo& v) {
  return {{"version", v.version}, {"receiptNo", v.receiptNo}, {"submittedAt", v.submittedAt}};
}
// Also the top-level members of a VersionReply: false for any other key.
bool readVersionMember(JsonReader& r, const std::string& k, const json& v, const std::string& p, VersionInfo& out) {
  if (k == "version")
    readInt(r, v, p, out.version);
  else if (k == "receiptNo")
    r.text(v, p, out.receiptNo);
  else if (k == "submittedAt")
    readInt(r, v, p, out.submittedAt);
  else
    return false;
  return true;
}
void read(JsonReader& r, const json& j, const std::string& path, VersionInfo& out) {
  members(r, j, path,
          [&](const std::string& k, const json& v, const std::string& p) { readVersionMember(r, k, v, p, out); });
}

json toJson(const HistoryItem& h) {
  json detail = json::object();
  if (h.comments) detail["comments"] = listJson(*h.comments);
  return {{"at", h.at},       {"account", h.account},         {"unitCode", h.unitCode},   {"unitName", h.unitName},
          {"event", h.event}, {"from", optionalText(h.from)}, {"to", optionalText(h.to)}, {"comment", h.comment},
          {"detail", detail}};
}
void read(JsonReader& r, const json& j, const std::string& path, HistoryItem& out) {
  members(r, j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "at") readInt(r, v, p, out.at);
    if (k == "account") r.text(v, p, out.account);
    if (k == "unitCode") r.text(v, p, out.unitCode);
    if (k == "unitName") r.text(v, p, out.unitName);
    if (k == "event") r.text(v, p, out.event);
    if (k == "from") readOptionalText(r, v, p, out.from);
    if (k == "to") readOptionalText(r, v, p, out.to);
    if (k == "comment") r.text(v, p, out.comment);
    if (k == "detail" && !v.is_null())
      members(r, v, p, [&](const std::string& dk, const json& dv, const std::string& dp) {
        if (dk == "comments") readList(r, dv, dp, out.comments.emplace());
      });
  });
}

}  // namespace detail

using namespace detail;

namespace {

json actionsJson(const std::vector<Action>& actions) {
  json a = json::array();
  for (auto x : actions) a.push_back(std::string(codeOf(x)));
  return a;
}

}  // namespace

std::string encode(const ApplicationList& list) { return encodeItems(list); }
Parsed<ApplicationList> decodeApplicationList(std::string_view text) { return decodeItems<ApplicationList>(text); }

std::string encode(const ApplicationDetail& d) {
  return dump(json{{"id", d.id},
                   {"roundYear", d.roundYear},
                   {"name", d.name},
                   {"uscc", d.uscc},
                   {"state", toJson(d.state)},
                   {"editable", d.editable},
                   {"receiptNo", optionalText(d.receiptNo)},
                   {"currentVersion", d.currentVersion},
                   {"draftRevision", d.draftRevision},
                   {"updatedAt", d.updatedAt},
                   {"holdingUnit", d.holdingUnit},
                   {"holdingUnitName", d.holdingUnitName},
                   {"nextStep", d.nextStep},
                   {"workflow", workflowCaseToJson(d.workflow)},
                   {"document", applicationToJson(d.document)},
                   {"materials", listJson(d.materials)},
                   {"versions", listJson(d.versions)},
                   {"availableActions", actionsJson(d.availableActions)}});
}

Parsed<ApplicationDetail> decodeApplicationDetail(std::string_view text) {
  return decodeObject<ApplicationDetail>(text, [](const json& j, JsonReader& r, ApplicationDetail& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "id") readInt(r, v, p, out.id);
      if (k == "roundYear") readInt(r, v, p, out.roundYear);
      if (k == "name") r.text(v, p, out.name);
      if (k == "uscc") r.text(v, p, out.uscc);
      if (k == "state") read(r, v, p, out.state);
      if (k == "editable") r.boolean(v, p, out.editable);
      if (k == "receiptNo") readOptionalText(r, v, p, out.receiptNo);
      if (k == "currentVersion") readInt(r, v, p, out.currentVersion);
      if (k == "draftRevision") readInt(r, v, p, out.draftRevision);
      if (k == "updatedAt") readInt(r, v, p, out.updatedAt);
      if (k == "holdingUnit") r.text(v, p, out.holdingUnit);
      if (k == "holdingUnitName") r.text(v, p, out.holdingUnitName);
      if (k == "nextStep") r.text(v, p, out.nextStep);
      if (k == "workflow") read(r, v, p, out.workflow);
      if (k == "document") read(r, v, p, out.document);
      if (k == "materials") readList(r, v, p, out.materials);
      if (k == "versions") readList(r, v, p, out.versions);
      if (k == "availableActions") {
        out.availableActions.clear();
        r.array(v, p, [&](const json& item, const std::string& ip) {
          Action a{};
          const auto before = r.errorCount();
          r.enumeration(item, ip, a);
          if (r.errorCount() == before) out.availableActions.push_back(a);
        });
      }
    });
  });
}

std::string encode(const VersionList& list) { return encodeItems(list); }
Parsed<VersionList> decodeVersionList(std::string_view text) { return decodeItems<VersionList>(text); }

std::string encode(const VersionReply& reply) {
  json out = toJson(reply.info);
  out["document"] = applicationToJson(reply.document);
  return dump(out);
}
Parsed<VersionReply> decodeVersionReply(std::string_view text) {
  return decodeObject<VersionReply>(text, [](const json& j, JsonReader& r, VersionReply& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (!readVersionMember(r, k, v, p, out.info) && k == "document") read(r, v, p, out.document);
    });
  });
}

std::string encode(const ValidateReply& reply) {
  return dump(json{{"ok", reply.ok}, {"findings", listJson(reply.findings)}});
}
Parsed<ValidateReply> decodeValidateReply(std::string_view text) {
  return decodeObject<ValidateReply>(text, [](const json& j, JsonReader& r, ValidateReply& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "ok") r.boolean(v, p, out.ok);
      if (k == "findings") readList(r, v, p, out.findings);
    });
  });
}

std::string encode(const SubmitRequest& request) {
  json out = json::object();
  if (request.revision) out["revision"] = *request.revision;
  return dump(out);
}
Parsed<SubmitRequest> decodeSubmitRequest(std::string_view text) {
  return decodeObject<SubmitRequest>(text, [](const json& j, JsonReader& r, SubmitRequest& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "revision") r.integer(v, p, out.revision, INT64_MIN, INT64_MAX);
    });
  });
}

std::string encode(const Receipt& receipt) {
  json out{
      {"applicationId", receipt.applicationId}, {"receiptNo", receipt.receiptNo},     {"version", receipt.version},
      {"state", toJson(receipt.state)},         {"submittedAt", receipt.submittedAt}, {"nextStep", receipt.nextStep},
      {"warnings", listJson(receipt.warnings)}};
  if (receipt.repeated) out["repeated"] = true;
  return dump(out);
}
Parsed<Receipt> decodeReceipt(std::string_view text) {
  return decodeObject<Receipt>(text, [](const json& j, JsonReader& r, Receipt& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "applicationId") readInt(r, v, p, out.applicationId);
      if (k == "receiptNo") r.text(v, p, out.receiptNo);
      if (k == "version") readInt(r, v, p, out.version);
      if (k == "state") read(r, v, p, out.state);
      if (k == "submittedAt") readInt(r, v, p, out.submittedAt);
      if (k == "nextStep") r.text(v, p, out.nextStep);
      if (k == "warnings") readList(r, v, p, out.warnings);
      if (k == "repeated") r.boolean(v, p, out.repeated);
    });
  });
}

std::string encode(const HistoryReply& reply) {
  return dump(json{{"items", listJson(reply.items)}, {"workflow", workflowCaseToJson(reply.workflow)}});
}
Parsed<HistoryReply> decodeHistoryReply(std::string_view text) {
  return decodeObject<HistoryReply>(text, [](const json& j, JsonReader& r, HistoryReply& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items") readList(r, v, p, out.items);
      if (k == "workflow") read(r, v, p, out.workflow);
    });
  });
}

}  // namespace sxpool::api
