#pragma once
// The shape of a field table: one description per 附件2 struct, `Fields<S>::list`, a tuple of Field<S, M> in the
// printed form's order. The JSON codec (shared/src/json/), the labels in messages (validation/labels.cpp) and the
// wizard's labels read these tables; docs/application-format.md lists the same fields (tests/unit/format_doc_test.cpp).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace sxpool::fields {

template <class S, class M>
struct Field {
  std::string_view key;  // the JSON key, equal to the member's name
  M S::*member;
  const char* label;  // Chinese, as printed on the form; messages start with it
  const char* unit = "";  // 万元, 平方米, 人 …; money and area labels carry it in messages: 注册资本（万元）
  const char* note = "";  // the form's words after the label, shown by the wizard: （400字左右）
  std::int64_t min = 0;   // integers: the range a document may hold
  std::int64_t max = 0;
  const char* within = "";  // a top-level field printed on another section's table: 服务企业数量 on 服务企业情况登记表
};

// Specialised for each described struct with `static constexpr auto list = std::make_tuple(field(…), …)`; a
// section's title is its row in Fields<Application>.
template <class S>
struct Fields;

template <class S, class = void>
struct IsDescribed : std::false_type {};
template <class S>
struct IsDescribed<S, std::void_t<decltype(Fields<S>::list)>> : std::true_type {};
template <class S>
inline constexpr bool isDescribed = IsDescribed<S>::value;

// The type of a member's rows or items: Element<std::vector<Expert>> = Expert.
template <class M>
struct ElementOf {
  using type = M;
};
template <class T>
struct ElementOf<std::vector<T>> {
  using type = T;
};
template <class T, std::size_t N>
struct ElementOf<std::array<T, N>> {
  using type = T;
};
template <class M>
using Element = typename ElementOf<M>::type;

template <class F>
struct MemberOf;
template <class S, class M>
struct MemberOf<Field<S, M>> {
  using type = M;
};
template <class F>
using Member = typename MemberOf<std::remove_cv_t<std::remove_reference_t<F>>>::type;

template <class S>
inline constexpr std::size_t count = std::tuple_size_v<std::remove_cv_t<decltype(Fields<S>::list)>>;

template <class S, class Fn>
constexpr void forEach(Fn&& fn) {
  std::apply([&](const auto&... f) { (fn(f), ...); }, Fields<S>::list);
}

// The field of a member, looked up by the member itself, so a typo cannot compile: label(&BasicInfo::name).
template <class S, class M>
constexpr const char* label(M S::*member) {
  const char* out = "";
  forEach<S>([&](const auto& f) {
    if constexpr (std::is_same_v<decltype(f.member), M S::*>)
      if (f.member == member) out = f.label;
  });
  return out;
}
template <class S, class M>
constexpr const char* unit(M S::*member) {
  const char* out = "";
  forEach<S>([&](const auto& f) {
    if constexpr (std::is_same_v<decltype(f.member), M S::*>)
      if (f.member == member) out = f.unit;
  });
  return out;
}
template <class S, class M>
constexpr const char* note(M S::*member) {
  const char* out = "";
  forEach<S>([&](const auto& f) {
    if constexpr (std::is_same_v<decltype(f.member), M S::*>)
      if (f.member == member) out = f.note;
  });
  return out;
}

// Builders, so that a table row reads `text("name", &BasicInfo::name, "单位名称")`.
template <class S, class M>
constexpr Field<S, M> field(std::string_view key, M S::*member, const char* label, const char* unit = "",
                            const char* note = "") {
  return Field<S, M>{key, member, label, unit, note};
}
template <class S, class M>
constexpr Field<S, M> integer(std::string_view key, M S::*member, const char* label, const char* unit, std::int64_t min,
                              std::int64_t max) {
  return Field<S, M>{key, member, label, unit, "", min, max};
}

inline constexpr std::int64_t kMaxCount = 1'000'000'000;  // counts of people, enterprises, activities
inline constexpr std::int64_t kMinYear = 1900;
inline constexpr std::int64_t kMaxYear = 2999;

}  // namespace sxpool::fields
