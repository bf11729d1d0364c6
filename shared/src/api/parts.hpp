#pragma once
// Internal to the wire codecs: the JSON of the pieces several bodies share, both ways. Readers let unknown keys
// through (a newer peer may send more) and record a field error for a member of the wrong type.
#include <climits>
#include <string>
#include <vector>

#include "codec_support.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/common.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/api/material.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/session.hpp"

namespace sxpool::api::detail {

using Fields = std::function<void(const std::string& key, const json& value, const std::string& path)>;
// Calls `field` for each member of the object `j` (an error when `j` is not an object).
void members(JsonReader& r, const json& j, const std::string& path, const Fields& field);

void readInt(JsonReader& r, const json& j, const std::string& path, int& out);
void readInt(JsonReader& r, const json& j, const std::string& path, std::int64_t& out);
void readUnsigned(JsonReader& r, const json& j, const std::string& path, std::uint64_t& out);
void readOptionalText(JsonReader& r, const json& j, const std::string& path, std::optional<std::string>& out);
json optionalText(const std::optional<std::string>& text);
// "a,b,,c" → a, b, c (a query parameter's list).
std::vector<std::string> splitComma(const std::string& s);

json toJson(const ErrorField& f);
void read(JsonReader& r, const json& j, const std::string& path, ErrorField& out);
json toJson(const ErrorBody& body);
// The members of an error body; false for a key that is not one (e.g. "server" of a conflict).
bool readErrorMember(JsonReader& r, const std::string& key, const json& v, const std::string& path, ErrorBody& out);

json toJson(const StateView& s);
void read(JsonReader& r, const json& j, const std::string& path, StateView& out);
json toJson(const UserView& u);
void read(JsonReader& r, const json& j, const std::string& path, UserView& out);
json toJson(const MaterialView& m);
void read(JsonReader& r, const json& j, const std::string& path, MaterialView& out);
json toJson(const Finding& f);
void read(JsonReader& r, const json& j, const std::string& path, Finding& out);
json toJson(const FieldComment& c);
void read(JsonReader& r, const json& j, const std::string& path, FieldComment& out);
json toJson(const DraftReply& d);
void read(JsonReader& r, const json& j, const std::string& path, DraftReply& out);

void read(JsonReader& r, const json& j, const std::string& path, UnitView& out);
json toJson(const ApplicationSummary& a);
void read(JsonReader& r, const json& j, const std::string& path, ApplicationSummary& out);
json toJson(const VersionInfo& v);
void read(JsonReader& r, const json& j, const std::string& path, VersionInfo& out);
json toJson(const HistoryItem& h);
void read(JsonReader& r, const json& j, const std::string& path, HistoryItem& out);

// The application document and the workflow case, through their own decoders (errors under `path`).
void read(JsonReader& r, const json& j, const std::string& path, Application& out);
void read(JsonReader& r, const json& j, const std::string& path, WorkflowCase& out);

template <class T>
json listJson(const std::vector<T>& items) {
  json a = json::array();
  for (const auto& x : items) a.push_back(toJson(x));
  return a;
}
template <class T>
void readList(JsonReader& r, const json& j, const std::string& path, std::vector<T>& out) {
  out.clear();
  r.array(j, path, [&](const json& item, const std::string& p) {
    T x{};
    read(r, item, p, x);
    out.push_back(std::move(x));
  });
}

// {"items": [...]} bodies.
template <class List>
Parsed<List> decodeItems(std::string_view text) {
  return decodeObject<List>(text, [](const json& j, JsonReader& r, List& out) {
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "items") readList(r, v, p, out.items);
    });
  });
}
template <class List>
std::string encodeItems(const List& list) {
  return dump(json{{"items", listJson(list.items)}});
}

}  // namespace sxpool::api::detail
