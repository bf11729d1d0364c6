// JSON text → Application, straight from the parser's events: each member is read into its place as the parser
// meets it, dispatched by the field tables (sxpool/fields/application_fields.hpp). Messages and paths are those
// of the DOM-walking reader this replaces; errors come out in the order a walk in key order would find them.
#include <utility>

#include "application_codec.hpp"
#include "event_decoder.hpp"
#include "reader.hpp"
#include "sxpool/fields/application_fields.hpp"

namespace sxpool::detail {
namespace {

using Kind = Event::Kind;
using Frame = EventDecoder::Frame;

template <class S>
const ObjectType* typeOf();

void read(EventDecoder& d, std::string& out, Event& e, std::int64_t, std::int64_t) {
  if (e.kind == Kind::Null)
    out.clear();
  else if (e.kind == Kind::String)
    out.assign(*e.text);  // a copy: moving would take the parser's buffer, which then grows again for every string
  else
    d.error("应为文本，实际为" + e.typeName());
}

void read(EventDecoder& d, bool& out, Event& e, std::int64_t, std::int64_t) {
  if (e.kind == Kind::Bool)
    out = e.boolean;
  else
    d.error("应为 true 或 false，实际为" + e.typeName());
}

void read(EventDecoder& d, std::optional<Date>& out, Event& e, std::int64_t, std::int64_t) {
  if (e.kind == Kind::Null)
    out.reset();
  else if (e.kind != Kind::String)
    d.error("应为“YYYY-MM-DD”格式的日期文本，实际为" + e.typeName());
  else if (auto date = parseDate(*e.text))
    out = date;
  else
    d.error("日期“" + *e.text + "”无效，应为“YYYY-MM-DD”格式的真实日期（如2026-04-30）");
}

void read(EventDecoder& d, std::optional<Decimal2>& out, Event& e, std::int64_t, std::int64_t) {
  std::string textForm;
  if (e.kind == Kind::Null) {
    out.reset();
    return;
  }
  if (e.kind == Kind::String) {
    textForm = *e.text;
  } else if (e.kind == Kind::Integer || e.kind == Kind::Unsigned || e.kind == Kind::Float) {
    textForm = e.numberText();
  } else {
    d.error("应为最多两位小数的数字文本（如“123.45”），实际为" + e.typeName());
    return;
  }
  if (auto v = parseDecimal2(textForm))
    out = v;
  else
    d.error("数值“" + textForm + "”无效或超出范围，应为最多两位小数的数字（如“123.45”），绝对值不超过1万亿");
}

void read(EventDecoder& d, std::optional<std::int64_t>& out, Event& e, std::int64_t min, std::int64_t max) {
  const auto outOfRange = [&] {
    d.error("数值" + e.numberText() + "超出范围（" + std::to_string(min) + "–" + std::to_string(max) + "）");
  };
  switch (e.kind) {
    case Kind::Null: out.reset(); return;
    case Kind::Unsigned:
      if (e.unsignedInteger > static_cast<std::uint64_t>(max))
        outOfRange();
      else
        out = static_cast<std::int64_t>(e.unsignedInteger);
      return;
    case Kind::Integer:
      if (e.integer < min || e.integer > max)
        outOfRange();
      else
        out = e.integer;
      return;
    case Kind::Float: d.error("应为整数，实际为小数或超大数值" + e.numberText()); return;
    default: d.error("应为整数，实际为" + e.typeName());
  }
}

void read(EventDecoder& d, std::optional<int>& out, Event& e, std::int64_t min, std::int64_t max) {
  std::optional<std::int64_t> v;
  read(d, v, e, min, max);
  if (v)
    out = static_cast<int>(*v);
  else if (e.kind == Kind::Null)
    out.reset();
}

// A number that must be there (a material's size and kind).
bool readRequired(EventDecoder& d, std::int64_t& out, Event& e, std::int64_t min, std::int64_t max) {
  if (e.kind == Kind::Null) {
    d.error("缺少数值，应为整数");
    return false;
  }
  std::optional<std::int64_t> v;
  read(d, v, e, min, max);
  if (v) out = *v;
  return v.has_value();
}

void read(EventDecoder& d, std::int64_t& out, Event& e, std::int64_t min, std::int64_t max) {
  readRequired(d, out, e, min, max);
}

void read(EventDecoder& d, MaterialKind& out, Event& e, std::int64_t min, std::int64_t max) {
  std::int64_t kind = 0;
  if (readRequired(d, kind, e, min, max) && kind >= 1 && kind <= 12) out = static_cast<MaterialKind>(kind);
}

template <class E>
bool readEnum(EventDecoder& d, E& out, Event& e) {
  if (e.kind != Kind::String) {
    d.error("应为文本代码（" + codesOf<E>() + "），实际为" + e.typeName());
    return false;
  }
  if (auto v = fromCode<E>(*e.text))
    out = *v;
  else if (auto w = fromLabel<E>(*e.text))
    out = *w;
  else {
    d.error("取值“" + *e.text + "”无效，应为以下之一：" + codesOf<E>());
    return false;
  }
  return true;
}

// An enum, or an object described by a field table.
template <class T>
void read(EventDecoder& d, T& out, Event& e, std::int64_t, std::int64_t) {
  if constexpr (std::is_enum_v<T>) {
    readEnum(d, out, e);
  } else {
    static_assert(fields::isDescribed<T>);
    if (e.kind == Kind::Object)
      d.pushObject(&out, typeOf<T>());
    else
      d.error("应为对象（{…}），实际为" + e.typeName());
  }
}

// A table (rows of a described struct) or a list of enum codes: any length up to kMaxRows.
template <class T>
void readElement(EventDecoder& d, void* target, Event& e) {
  auto& items = *static_cast<std::vector<T>*>(target);
  if constexpr (std::is_enum_v<T>) {
    T v{};
    if (readEnum(d, v, e)) items.push_back(v);
  } else {
    items.emplace_back();
    read(d, items.back(), e, 0, 0);
  }
}
template <class T>
void finishList(EventDecoder& d, Frame& f) {
  if (f.count <= kMaxRows) return;
  d.errors().resize(f.errorMark);  // a list that long is refused whole, as before any of it is read
  static_cast<std::vector<T>*>(f.target)->clear();
  d.error("数组有" + std::to_string(f.count) + "项，超过上限" + std::to_string(kMaxRows) + "项");
}
template <class T>
void read(EventDecoder& d, std::vector<T>& out, Event& e, std::int64_t, std::int64_t) {
  if (e.kind != Kind::Array) {
    d.error("应为数组（[…]），实际为" + e.typeName());
    return;
  }
  out.clear();
  d.pushArray(&out, &readElement<T>, &finishList<T>);
}

// 近两年经营情况: exactly two columns.
using TwoYears = std::array<YearOperations, 2>;
void readYear(EventDecoder& d, void* target, Event& e) {
  const std::size_t index = d.index();
  if (index < 2) read(d, (*static_cast<TwoYears*>(target))[index], e, 0, 0);
}
void finishYears(EventDecoder& d, Frame& f) {
  if (f.count == 2) return;
  d.errors().resize(f.errorMark);
  *static_cast<TwoYears*>(f.target) = TwoYears{};
  d.error("近两年经营情况应为恰好两项的数组（第一项为前年，第二项为上年度），实际为" + std::to_string(f.count) + "项");
}
void read(EventDecoder& d, TwoYears& out, Event& e, std::int64_t, std::int64_t) {
  if (e.kind != Kind::Array) {
    d.error("近两年经营情况应为恰好两项的数组（第一项为前年，第二项为上年度），实际为" + e.typeName());
    return;
  }
  d.pushArray(&out, &readYear, &finishYears);
}

template <class S, std::size_t I>
void readField(EventDecoder& d, void* object, Event& e) {
  constexpr const auto& f = std::get<I>(fields::Fields<S>::list);
  read(d, static_cast<S*>(object)->*(f.member), e, f.min, f.max);
}

template <class S, std::size_t... I>
constexpr std::array<Slot, sizeof...(I)> slotsOf(std::index_sequence<I...>) {
  return {Slot{std::get<I>(fields::Fields<S>::list).key, &readField<S, I>}...};
}
template <class S>
inline constexpr auto kSlots = slotsOf<S>(std::make_index_sequence<fields::count<S>>{});
template <class S>
inline constexpr ObjectType kObjectType{kSlots<S>.data(), kSlots<S>.size()};
template <class S>
const ObjectType* typeOf() {
  return &kObjectType<S>;
}

// The document: the sections of Application and "format", which decides whether the rest counts.
struct Document {
  Application* app = nullptr;
  bool isObject = false;
  bool formatSeen = false;
  bool formatIsText = false;
  std::string format;  // the text, or the type of what was there instead
};

void readFormat(EventDecoder&, void* target, Event& e) {
  auto& doc = *static_cast<Document*>(target);
  doc.formatSeen = true;
  doc.formatIsText = e.kind == Kind::String;
  doc.format = doc.formatIsText ? std::move(*e.text) : e.typeName();
}
template <std::size_t I>
void readSection(EventDecoder& d, void* target, Event& e) {
  readField<Application, I>(d, static_cast<Document*>(target)->app, e);
}
template <std::size_t... I>
constexpr std::array<Slot, sizeof...(I) + 1> documentSlots(std::index_sequence<I...>) {
  return {Slot{std::get<I>(fields::Fields<Application>::list).key, &readSection<I>}..., Slot{"format", &readFormat}};
}
constexpr auto kDocumentSlots = documentSlots(std::make_index_sequence<fields::count<Application>>{});
constexpr ObjectType kDocumentType{kDocumentSlots.data(), kDocumentSlots.size()};

void readRoot(EventDecoder& d, void* target, Event& e) {
  if (e.kind == Kind::Object) {
    static_cast<Document*>(target)->isObject = true;
    d.pushObject(target, &kDocumentType);
  } else
    d.error("申请书文档应为 JSON 对象（{…}），实际为" + e.typeName());
}

}  // namespace

DecodeResult readApplication(std::string_view text) {
  DecodeResult result;
  Document doc;
  doc.app = &result.value;
  std::vector<JsonError> errors;
  try {
    EventDecoder decoder(&readRoot, &doc, errors);
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &decoder,
                                              nlohmann::detail::input_format_t::json, /*strict=*/true,
                                              /*ignore_comments=*/false);
    if (decoder.tooDeep || !ok) {
      result.value = Application{};
      result.errors.push_back(JsonError{"", decoder.tooDeep ? depthMessage() : syntaxMessage(decoder.errorPosition)});
      return result;
    }
  } catch (...) {  // only resource exhaustion can get here
    result.value = Application{};
    result.errors.push_back(JsonError{"", kUnreadableMessage});
    return result;
  }
  const bool rootIsObject = doc.isObject;
  if (rootIsObject && !doc.formatSeen) {
    result.errors.push_back(JsonError{"format", "缺少“format”字段，申请书文档须以 \"format\": \"" +
                                                    std::string(kApplicationFormat) + "\" 标明格式版本"});
  } else if (rootIsObject && (!doc.formatIsText || doc.format != kApplicationFormat)) {
    result.value = Application{};
    result.errors.push_back(JsonError{
        "format", "不支持的文档格式“" + doc.format + "”，本系统读取“" + std::string(kApplicationFormat) + "”"});
    return result;
  }
  if (errors.size() > 1) sortByPath(errors);
  for (auto& e : errors) result.errors.push_back(std::move(e));
  return result;
}

}  // namespace sxpool::detail
