// JSON of a workflow case (docs/application-format.md, "Workflow case").
#include "reader.hpp"
#include "sxpool/workflow_json.hpp"

namespace sxpool {
namespace {

using detail::json;
using detail::JsonReader;

template <class E>
json code(E e) {
  return json(std::string(codeOf(e)));
}

json encode(const Routing& r) {
  return json{{"kind", code(r.kind)}, {"unitCode", r.unitCode}, {"unitName", r.unitName}};
}
json encode(const Actor& a) { return json{{"role", code(a.role)}, {"unitCode", a.unitCode}, {"userName", a.userName}}; }
json encode(const SpotCheck& s) {
  return json{{"date", formatDate(s.date)}, {"inspectors", s.inspectors}, {"result", s.result}, {"passed", s.passed}};
}
json encode(const Objection& o) {
  return json{{"raisedOn", formatDate(o.raisedOn)},
              {"content", o.content},
              {"resolved", o.resolved},
              {"upheld", o.upheld},
              {"resolution", o.resolution},
              {"resolvedOn", detail::toJson(o.resolvedOn)}};
}
json encode(const HistoryEntry& h) {
  return json{{"date", formatDate(h.date)},
              {"action", code(h.action)},
              {"actor", encode(h.actor)},
              {"from", code(h.from)},
              {"to", code(h.to)},
              {"reason", h.reason},
              {"comments", fieldCommentsToJson(h.comments)}};
}
template <class T>
json rows(const std::vector<T>& v) {
  json a = json::array();
  for (const auto& x : v) a.push_back(encode(x));
  return a;
}

void decode(JsonReader& r, const json& j, const std::string& p, Routing& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "kind")
      r.enumeration(v, path, o.kind);
    else if (k == "unitCode")
      r.text(v, path, o.unitCode);
    else if (k == "unitName")
      r.text(v, path, o.unitName);
    else
      return false;
    return true;
  });
}
void decode(JsonReader& r, const json& j, const std::string& p, Actor& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "role")
      r.enumeration(v, path, o.role);
    else if (k == "unitCode")
      r.text(v, path, o.unitCode);
    else if (k == "userName")
      r.text(v, path, o.userName);
    else
      return false;
    return true;
  });
}
void decode(JsonReader& r, const json& j, const std::string& p, FieldComment& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "path")
      r.text(v, path, o.path);
    else if (k == "comment")
      r.text(v, path, o.comment);
    else
      return false;
    return true;
  });
}
// A date the record cannot do without: absent, the record would keep 0000-00-00 and not encode to a text
// that decodes again (found by fuzz/wire_fuzz.cpp).
void requireDate(JsonReader& r, const json& j, const std::string& p, const char* key) {
  if (j.is_object() && !j.contains(key))
    r.error(p.empty() ? key : p + "." + key, std::string("缺少日期「") + key + "」，应为“YYYY-MM-DD”");
}
void decode(JsonReader& r, const json& j, const std::string& p, SpotCheck& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "date")
      r.requiredDate(v, path, o.date);
    else if (k == "inspectors")
      r.text(v, path, o.inspectors);
    else if (k == "result")
      r.text(v, path, o.result);
    else if (k == "passed")
      r.boolean(v, path, o.passed);
    else
      return false;
    return true;
  });
  requireDate(r, j, p, "date");
}
void decode(JsonReader& r, const json& j, const std::string& p, Objection& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "raisedOn")
      r.requiredDate(v, path, o.raisedOn);
    else if (k == "content")
      r.text(v, path, o.content);
    else if (k == "resolved")
      r.boolean(v, path, o.resolved);
    else if (k == "upheld")
      r.boolean(v, path, o.upheld);
    else if (k == "resolution")
      r.text(v, path, o.resolution);
    else if (k == "resolvedOn")
      r.date(v, path, o.resolvedOn);
    else
      return false;
    return true;
  });
  requireDate(r, j, p, "raisedOn");
}
void decode(JsonReader& r, const json& j, const std::string& p, HistoryEntry& o);

template <class T>
void decodeRows(JsonReader& r, const json& j, const std::string& path, std::vector<T>& out) {
  out.clear();
  r.array(j, path, [&](const json& item, const std::string& ip) {
    out.emplace_back();
    decode(r, item, ip, out.back());
  });
}
void decode(JsonReader& r, const json& j, const std::string& p, HistoryEntry& o) {
  r.object(j, p, [&](const std::string& k, const json& v, const std::string& path) {
    if (k == "date")
      r.requiredDate(v, path, o.date);
    else if (k == "action")
      r.enumeration(v, path, o.action);
    else if (k == "actor")
      decode(r, v, path, o.actor);
    else if (k == "from")
      r.enumeration(v, path, o.from);
    else if (k == "to")
      r.enumeration(v, path, o.to);
    else if (k == "reason")
      r.text(v, path, o.reason);
    else if (k == "comments")
      decodeRows(r, v, path, o.comments);
    else
      return false;
    return true;
  });
  requireDate(r, j, p, "date");
}

}  // namespace

json fieldCommentsToJson(const std::vector<FieldComment>& comments) {
  json a = json::array();
  for (const auto& c : comments) a.push_back(json{{"path", c.path}, {"comment", c.comment}});
  return a;
}

json workflowCaseToJson(const WorkflowCase& c) {
  return json{
      {"format", std::string(kWorkflowFormat)},
      {"state", code(c.state)},
      {"routing", encode(c.routing)},
      {"returnedFrom", c.returnedFrom ? code(*c.returnedFrom) : json(nullptr)},
      {"openComments", fieldCommentsToJson(c.openComments)},
      {"recommendation", c.recommendation},
      {"decisionReason", c.decisionReason},
      {"removalReason", c.removalReason ? code(*c.removalReason) : json(nullptr)},
      {"spotChecks", rows(c.spotChecks)},
      {"submittedOn", detail::toJson(c.submittedOn)},
      {"publicityStart", detail::toJson(c.publicityStart)},
      {"publicityEnd", detail::toJson(c.publicityEnd)},
      {"objections", rows(c.objections)},
      {"admittedOn", detail::toJson(c.admittedOn)},
      {"closedOn", detail::toJson(c.closedOn)},
      {"history", rows(c.history)},
  };
}

WorkflowDecodeResult decodeWorkflowCase(const json& j) {
  WorkflowDecodeResult result;
  JsonReader r(result.errors);
  WorkflowCase& c = result.value;
  try {
    if (!j.is_object() || !j.contains("format") || j["format"] != std::string(kWorkflowFormat)) {
      r.error("format", "不是“" + std::string(kWorkflowFormat) + "”格式的流程记录");
      return result;
    }
    r.object(j, "", [&](const std::string& k, const json& v, const std::string& path) {
      if (k == "format") return true;
      if (k == "state")
        r.enumeration(v, path, c.state);
      else if (k == "routing")
        decode(r, v, path, c.routing);
      else if (k == "returnedFrom")
        r.optionalEnumeration(v, path, c.returnedFrom);
      else if (k == "openComments")
        decodeRows(r, v, path, c.openComments);
      else if (k == "recommendation")
        r.text(v, path, c.recommendation);
      else if (k == "decisionReason")
        r.text(v, path, c.decisionReason);
      else if (k == "removalReason")
        r.optionalEnumeration(v, path, c.removalReason);
      else if (k == "spotChecks")
        decodeRows(r, v, path, c.spotChecks);
      else if (k == "submittedOn")
        r.date(v, path, c.submittedOn);
      else if (k == "publicityStart")
        r.date(v, path, c.publicityStart);
      else if (k == "publicityEnd")
        r.date(v, path, c.publicityEnd);
      else if (k == "objections")
        decodeRows(r, v, path, c.objections);
      else if (k == "admittedOn")
        r.date(v, path, c.admittedOn);
      else if (k == "closedOn")
        r.date(v, path, c.closedOn);
      else if (k == "history")
        decodeRows(r, v, path, c.history);
      else
        return false;
      return true;
    });
  } catch (...) {
    r.error("", "读取流程记录时发生内部错误");
  }
  return result;
}

namespace {
std::string dumpText(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
}  // namespace

std::string encodeWorkflowCase(const WorkflowCase& c) { return dumpText(workflowCaseToJson(c)); }

WorkflowDecodeResult decodeWorkflowCaseText(std::string_view text) {
  WorkflowDecodeResult result;
  auto parsed = detail::parseJsonText(text, result.errors);
  if (!parsed) return result;
  return decodeWorkflowCase(*parsed);
}

std::string encodeFieldComments(const std::vector<FieldComment>& comments) {
  return dumpText(fieldCommentsToJson(comments));
}

std::string encodeActionDetail(const std::vector<FieldComment>& comments) {
  return dumpText(json{{"comments", fieldCommentsToJson(comments)}});
}

std::optional<std::vector<FieldComment>> decodeActionDetail(std::string_view text) {
  std::vector<JsonError> errors;
  auto parsed = detail::parseJsonText(text, errors);
  if (!parsed || !parsed->is_object() || !parsed->contains("comments")) return std::nullopt;
  std::vector<FieldComment> out;
  JsonReader r(errors);
  decodeRows(r, (*parsed)["comments"], "comments", out);
  return out;
}

}  // namespace sxpool
