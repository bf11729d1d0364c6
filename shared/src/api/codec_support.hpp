#pragma once
// Internal to the wire codecs: reading a body into a type with field-path errors (detail::JsonReader), writing
// one with nlohmann. Only shared/src/api/*.cpp include this.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../json/reader.hpp"
#include "sxpool/api/codec.hpp"

namespace sxpool::api::detail {

using nlohmann::json;
using sxpool::detail::JsonReader;

// `body` parsed (depth-limited) as a JSON object; otherwise nothing, and `problem` says what to fix.
inline std::optional<json> parseBodyObject(std::string_view body, std::string& problem) {
  std::vector<JsonError> errors;
  auto parsed = sxpool::detail::parseJsonText(body, errors);
  if (!parsed) {
    problem = "请求体不是有效的 JSON：" + (errors.empty() ? std::string() : errors[0].message);
    return std::nullopt;
  }
  if (!parsed->is_object()) {
    problem = "请求体应为 JSON 对象（{…}），实际为" + JsonReader::typeName(*parsed);
    return std::nullopt;
  }
  return parsed;
}

// Lets `read` fill `out` member by member from the body's object; a body that is not one, or any field error,
// makes a failure naming what to fix.
template <class T>
Parsed<T> decodeObject(std::string_view body, const std::function<void(const json&, JsonReader&, T&)>& read) {
  std::string problem;
  auto parsed = parseBodyObject(body, problem);
  if (!parsed) return Parsed<T>::failure(problem);
  std::vector<JsonError> errors;
  T out{};
  JsonReader reader(errors);
  read(*parsed, reader, out);
  if (!errors.empty())
    return Parsed<T>::failure("请求中有 " + std::to_string(errors.size()) + " 处字段有误：" + errors[0].message,
                              errors);
  return Parsed<T>::success(std::move(out));
}

inline std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace sxpool::api::detail
