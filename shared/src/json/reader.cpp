#include "reader.hpp"

#include "event_decoder.hpp"

namespace sxpool::detail {

std::string JsonReader::typeName(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "对象";
    case json::value_t::array: return "数组";
    case json::value_t::string: return "文本";
    case json::value_t::boolean: return "布尔值";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "整数";
    case json::value_t::number_float: return "小数";
    default: return "其他类型";
  }
}

void JsonReader::object(const json& j, const std::string& path,
                        const std::function<bool(const std::string&, const json&, const std::string&)>& field) {
  if (!j.is_object()) {
    error(path, "应为对象（{…}），实际为" + typeName(j));
    return;
  }
  for (const auto& [key, value] : j.items())
    if (!field(key, value, member(path, key))) error(member(path, key), "未知字段“" + key + "”，请删除或检查拼写");
}

void JsonReader::array(const json& j, const std::string& path,
                       const std::function<void(const json&, const std::string&)>& item) {
  if (!j.is_array()) {
    error(path, "应为数组（[…]），实际为" + typeName(j));
    return;
  }
  if (j.size() > kMaxRows) {
    error(path, "数组有" + std::to_string(j.size()) + "项，超过上限" + std::to_string(kMaxRows) + "项");
    return;
  }
  for (std::size_t i = 0; i < j.size(); ++i) item(j[i], element(path, i));
}

void JsonReader::text(const json& j, const std::string& path, std::string& out) {
  if (j.is_null())
    out.clear();
  else if (j.is_string())
    out = j.get_ref<const std::string&>();
  else
    error(path, "应为文本，实际为" + typeName(j));
}

void JsonReader::boolean(const json& j, const std::string& path, bool& out) {
  if (j.is_boolean())
    out = j.get<bool>();
  else
    error(path, "应为 true 或 false，实际为" + typeName(j));
}

void JsonReader::date(const json& j, const std::string& path, std::optional<Date>& out) {
  if (j.is_null()) {
    out.reset();
  } else if (!j.is_string()) {
    error(path, "应为“YYYY-MM-DD”格式的日期文本，实际为" + typeName(j));
  } else if (auto d = parseDate(j.get_ref<const std::string&>())) {
    out = d;
  } else {
    error(path, "日期“" + j.get_ref<const std::string&>() + "”无效，应为“YYYY-MM-DD”格式的真实日期（如2026-04-30）");
  }
}

void JsonReader::requiredDate(const json& j, const std::string& path, Date& out) {
  std::optional<Date> d;
  if (j.is_null()) {
    error(path, "缺少日期，应为“YYYY-MM-DD”");
    return;
  }
  date(j, path, d);
  if (d) out = *d;
}

void JsonReader::decimal(const json& j, const std::string& path, std::optional<Decimal2>& out) {
  if (j.is_null()) {
    out.reset();
    return;
  }
  std::string textForm;
  if (j.is_string())
    textForm = j.get_ref<const std::string&>();
  else if (j.is_number())
    textForm = j.dump();  // shortest round-trip form, e.g. 12.34
  else {
    error(path, "应为最多两位小数的数字文本（如“123.45”），实际为" + typeName(j));
    return;
  }
  if (auto v = parseDecimal2(textForm))
    out = v;
  else
    error(path, "数值“" + textForm + "”无效或超出范围，应为最多两位小数的数字（如“123.45”），绝对值不超过1万亿");
}

void JsonReader::integer(const json& j, const std::string& path, std::optional<std::int64_t>& out, std::int64_t min,
                         std::int64_t max) {
  if (j.is_null()) {
    out.reset();
    return;
  }
  if (j.is_number_unsigned()) {
    const auto v = j.get<std::uint64_t>();
    if (v > static_cast<std::uint64_t>(max))
      error(path, "数值" + j.dump() + "超出范围（" + std::to_string(min) + "–" + std::to_string(max) + "）");
    else
      out = static_cast<std::int64_t>(v);
  } else if (j.is_number_integer()) {
    const auto v = j.get<std::int64_t>();
    if (v < min || v > max)
      error(path, "数值" + j.dump() + "超出范围（" + std::to_string(min) + "–" + std::to_string(max) + "）");
    else
      out = v;
  } else if (j.is_number_float()) {
    error(path, "应为整数，实际为小数或超大数值" + j.dump());
  } else {
    error(path, "应为整数，实际为" + typeName(j));
  }
}

void JsonReader::integer(const json& j, const std::string& path, std::optional<int>& out, int min, int max) {
  std::optional<std::int64_t> v;
  integer(j, path, v, min, max);
  if (v)
    out = static_cast<int>(*v);
  else if (j.is_null())
    out.reset();
}

void JsonReader::integer(const json& j, const std::string& path, std::int64_t& out, std::int64_t min,
                         std::int64_t max) {
  std::optional<std::int64_t> v;
  if (j.is_null()) {
    error(path, "缺少数值，应为整数");
    return;
  }
  integer(j, path, v, min, max);
  if (v) out = *v;
}

json toJson(const std::optional<Date>& d) { return d ? json(formatDate(*d)) : json(nullptr); }
json toJson(const std::optional<Decimal2>& d) { return d ? json(formatDecimal2(*d)) : json(nullptr); }

namespace {
// nlohmann's own DOM builder behind a depth limit; it also notes where the syntax breaks. (A parser callback
// would do the limit too, but nlohmann's callback parser is the slow path: a std::function call per value.)
class DepthLimitedBuilder {
 public:
  using Dom = nlohmann::detail::json_sax_dom_parser<json>;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  DepthLimitedBuilder(json& result, int maxDepth) : dom_(result, /*allow_exceptions=*/false), maxDepth_(maxDepth) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) { return dom_.number_float(v, s); }
  bool string(string_t& v) { return dom_.string(v); }
  bool binary(binary_t& v) { return dom_.binary(v); }
  bool key(string_t& v) { return dom_.key(v); }
  bool start_object(std::size_t n) { return enter() && dom_.start_object(n); }
  bool start_array(std::size_t n) { return enter() && dom_.start_array(n); }
  bool end_object() {
    --depth_;
    return dom_.end_object();
  }
  bool end_array() {
    --depth_;
    return dom_.end_array();
  }
  bool parse_error(std::size_t pos, const std::string& token, const nlohmann::detail::exception& e) {
    position = pos;
    return dom_.parse_error(pos, token, e);
  }

  bool tooDeep = false;
  std::size_t position = 0;

 private:
  bool enter() {
    if (++depth_ > maxDepth_) tooDeep = true;
    return !tooDeep;
  }
  Dom dom_;
  int maxDepth_;
  int depth_ = 0;
};
}  // namespace

std::optional<json> parseJsonText(std::string_view text, std::vector<JsonError>& errors) {
  try {
    json j;
    DepthLimitedBuilder builder(j, kMaxDepth);
    const bool ok = json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (builder.tooDeep) {
      errors.push_back(JsonError{"", depthMessage()});
      return std::nullopt;
    }
    if (!ok) {
      errors.push_back(JsonError{"", syntaxMessage(builder.position)});
      return std::nullopt;
    }
    return j;
  } catch (...) {  // only resource exhaustion can get here
    errors.push_back(JsonError{"", kUnreadableMessage});
  }
  return std::nullopt;
}

}  // namespace sxpool::detail
