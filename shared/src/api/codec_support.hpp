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

// Parses `body` (depth-limited) as a JSON object and lets `read` fill `out` member by member; any syntax error,
// a body that is not an object, or a field error makes a failure naming what to fix.
template <class T>
Parsed<T> decodeObject(std::string_view body, const std::function<void(const json&, JsonReader&, T&)>& read) {
  std::vector<JsonError> errors;
  auto parsed = sxpool::detail::parseJsonText(body, errors);
  if (!parsed)
    return Parsed<T>::failure("请求体不是有效的 JSON：" + (errors.empty() ? std::string() : errors[0].message));
  if (!parsed->is_object())
    return Parsed<T>::failure("请求体应为 JSON 对象（{…}），实际为" + JsonReader::typeName(*parsed));
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
