#pragma once
// The wire vocabulary's conventions (docs/api.md): every request and response body of /api/v1 is one plain C++
// type in sxpool/api/*.hpp with one codec, used by the server's routes and the web client alike.
//   std::string encode(const X&);           the body as JSON text
//   Parsed<X> decodeX(std::string_view);    never throws: the value, or a Chinese message and field errors
// Public headers of sxpool/api stay free of nlohmann; the codecs' JSON lives in shared/src/api.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sxpool/json.hpp"

namespace sxpool::api {

using FieldError = JsonError;  // {"path": "basic.uscc", "message": "…"}

template <class T>
struct Parsed {
  std::optional<T> value;
  std::string message;             // Chinese, for the whole body: "请求体不是有效的 JSON：…"
  std::vector<FieldError> fields;  // one per field that could not be read

  bool ok() const { return value.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& operator*() const { return *value; }
  T& operator*() { return *value; }
  const T* operator->() const { return &*value; }
  T* operator->() { return &*value; }

  static Parsed success(T v) {
    Parsed p;
    p.value = std::move(v);
    return p;
  }
  static Parsed failure(std::string message, std::vector<FieldError> fields = {}) {
    Parsed p;
    p.message = std::move(message);
    p.fields = std::move(fields);
    return p;
  }
};

}  // namespace sxpool::api
