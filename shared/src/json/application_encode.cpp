// Application → JSON text, written directly from the field tables: members in key order, as the DOM-built
// encoding of earlier versions wrote them (stored drafts and encodeWithMaterials depend on the exact bytes).
#include <algorithm>
#include <utility>

#include "application_codec.hpp"
#include "sxpool/fields/application_fields.hpp"
#include "text_writer.hpp"

namespace sxpool::detail {
namespace {

// The positions of a table's fields sorted by key, computed at compile time.
template <class S>
constexpr auto keyOrder() {
  constexpr std::size_t n = fields::count<S>;
  const auto keys =
      std::apply([](const auto&... f) { return std::array<std::string_view, n>{f.key...}; }, fields::Fields<S>::list);
  std::array<std::size_t, n> order{};
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  for (std::size_t i = 1; i < n; ++i)
    for (std::size_t j = i; j > 0 && keys[order[j]] < keys[order[j - 1]]; --j) {
      const std::size_t t = order[j];  // std::swap is not constexpr in C++17
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  return order;
}
template <class S>
inline constexpr auto kKeyOrder = keyOrder<S>();

template <class S>
void write(std::string& out, const S& object);

void write(std::string& out, const std::string& v) { writeString(out, v); }
void write(std::string& out, bool v) { writeBool(out, v); }
void write(std::string& out, std::int64_t v) { writeInteger(out, v); }
void write(std::string& out, MaterialKind v) { writeInteger(out, static_cast<int>(v)); }
void write(std::string& out, const Date& v) { writePlainString(out, formatDate(v)); }
void write(std::string& out, const Decimal2& v) { writePlainString(out, formatDecimal2(v)); }
template <class T>
void write(std::string& out, const std::optional<T>& v) {
  if (!v)
    writeNull(out);
  else if constexpr (std::is_integral_v<T>)
    writeInteger(out, *v);
  else
    write(out, *v);
}
template <class T>
void writeArray(std::string& out, const T& items) {
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    write(out, item);
  }
  out += ']';
}
template <class T>
void write(std::string& out, const std::vector<T>& v) {
  writeArray(out, v);
}
template <class T, std::size_t N>
void write(std::string& out, const std::array<T, N>& v) {
  writeArray(out, v);
}

// `format` is the document's own member (no table row): it goes in its key's place among the sections.
template <class S, std::size_t... I>
void writeMembers(std::string& out, const S& object, std::index_sequence<I...>, bool withFormat = false) {
  bool first = true;
  const auto key = [&](std::string_view k) {
    if (!first) out += ',';
    first = false;
    out += '"';
    out += k;
    out += "\":";
  };
  const auto member = [&](const auto& f) {
    if (withFormat && f.key > std::string_view("format")) {
      key("format");
      writePlainString(out, kApplicationFormat);
      withFormat = false;
    }
    key(f.key);
    write(out, object.*(f.member));
  };
  (member(std::get<kKeyOrder<S>[I]>(fields::Fields<S>::list)), ...);
}

template <class S>
void write(std::string& out, const S& object) {
  if constexpr (std::is_enum_v<S>) {
    writePlainString(out, codeOf(object));  // ASCII codes
  } else {
    out += '{';
    writeMembers(out, object, std::make_index_sequence<fields::count<S>>{});
    out += '}';
  }
}

}  // namespace

void writeApplication(std::string& out, const Application& app) {
  out += '{';
  writeMembers(out, app, std::make_index_sequence<fields::count<Application>>{}, true);
  out += '}';
}

void writeMaterials(std::string& out, const std::vector<Material>& materials) { write(out, materials); }

}  // namespace sxpool::detail
