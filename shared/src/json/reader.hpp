#pragma once
// Internal: a JSON reader that records every problem with its field path instead of throwing.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sxpool/date.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/json.hpp"
#include "sxpool/money.hpp"

namespace sxpool::detail {

using nlohmann::json;

inline constexpr std::size_t kMaxRows = 10000;

class JsonReader {
 public:
  explicit JsonReader(std::vector<JsonError>& errors) : errors_(errors) {}

  std::size_t errorCount() const { return errors_.size(); }
  void error(const std::string& path, std::string message) { errors_.push_back(JsonError{path, std::move(message)}); }

  // Calls field(key, value, path) for each member; `field` returns false for an unknown key (→ error).
  void object(const json& j, const std::string& path,
              const std::function<bool(const std::string& key, const json& value, const std::string& path)>& field);
  // Calls item(value, path) for each element.
  void array(const json& j, const std::string& path, const std::function<void(const json&, const std::string&)>& item);

  void text(const json& j, const std::string& path, std::string& out);
  void boolean(const json& j, const std::string& path, bool& out);
  void date(const json& j, const std::string& path, std::optional<Date>& out);
  void requiredDate(const json& j, const std::string& path, Date& out);
  void decimal(const json& j, const std::string& path, std::optional<Decimal2>& out);
  void integer(const json& j, const std::string& path, std::optional<std::int64_t>& out, std::int64_t min,
               std::int64_t max);
  void integer(const json& j, const std::string& path, std::optional<int>& out, int min, int max);
  void integer(const json& j, const std::string& path, std::int64_t& out, std::int64_t min, std::int64_t max);

  template <class E>
  void enumeration(const json& j, const std::string& path, E& out) {
    if (!j.is_string()) {
      error(path, "应为文本代码（" + codesOf<E>() + "），实际为" + typeName(j));
      return;
    }
    const auto& s = j.get_ref<const std::string&>();
    if (auto v = fromCode<E>(s))
      out = *v;
    else if (auto w = fromLabel<E>(s))
      out = *w;
    else
      error(path, "取值“" + s + "”无效，应为以下之一：" + codesOf<E>());
  }
  template <class E>
  void optionalEnumeration(const json& j, const std::string& path, std::optional<E>& out) {
    if (j.is_null()) {
      out.reset();
      return;
    }
    E v{};
    const auto before = errors_.size();
    enumeration(j, path, v);
    if (errors_.size() == before) out = v;
  }

  static std::string typeName(const json& j);
  static std::string member(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }
  static std::string element(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

 private:
  std::vector<JsonError>& errors_;
};

// Optional values as JSON: null when absent.
json toJson(const std::optional<Date>& d);
json toJson(const std::optional<Decimal2>& d);
template <class T>
json toJsonOpt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

// Parses text into JSON without letting an exception escape; nullopt (with an error) on bad syntax or nesting.
std::optional<json> parseJsonText(std::string_view text, std::vector<JsonError>& errors);

}  // namespace sxpool::detail
