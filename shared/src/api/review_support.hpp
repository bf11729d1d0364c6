#pragma once
// Internal to the review codecs (queue, review, inbox, audit): the {"code","label"} form of a state and of a
// direction, and the request checks that answer with the first problem's own message.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "codec_support.hpp"
#include "parts.hpp"
#include "sxpool/date.hpp"
#include "sxpool/enum_table.hpp"

namespace sxpool::api::detail {

// {"code": "at_city", "label": "市级审核中"}; decoding reads the code.
template <class E>
json codeAndLabel(E value) {
  return json{{"code", std::string(codeOf(value))}, {"label", std::string(labelOf(value))}};
}
template <class E>
void readCodeAndLabel(JsonReader& r, const json& j, const std::string& path, E& out) {
  r.object(j, path, [&](const std::string& k, const json& v, const std::string& p) {
    if (k == "code")
      r.enumeration(v, p, out);
    else if (k != "label")
      return false;
    return true;
  });
}

inline void readInt(JsonReader& r, const json& j, const std::string& path, int& out, int min, int max) {
  std::int64_t v = out;
  r.integer(j, path, v, min, max);
  out = static_cast<int>(v);
}

template <class T>
json orNull(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}
inline json dateOrNull(const std::optional<Date>& d) { return d ? json(formatDate(*d)) : json(nullptr); }

// A request check that stops at the first problem: the body's message is that problem's own sentence (what is
// wrong and how to fix it), its field error the short form.
struct FirstProblem {
  std::string message;
  std::vector<FieldError> fields;

  bool any() const { return !fields.empty(); }
  void add(std::string whole, std::string path, std::string field) {
    if (fields.empty()) message = std::move(whole);
    fields.push_back(FieldError{std::move(path), std::move(field)});
  }
  template <class T>
  Parsed<T> failure() const {
    return Parsed<T>::failure(message, fields);
  }
};

// A request body: JSON (depth-limited), an object, then `read` checks it member by member.
template <class T, class Read>
Parsed<T> decodeRequest(std::string_view body, Read read) {
  std::string whyNot;
  auto parsed = parseBodyObject(body, whyNot);
  if (!parsed) return Parsed<T>::failure(whyNot);
  T out{};
  FirstProblem problem;
  read(*parsed, problem, out);
  if (problem.any()) return problem.failure<T>();
  return Parsed<T>::success(std::move(out));
}

}  // namespace sxpool::api::detail
