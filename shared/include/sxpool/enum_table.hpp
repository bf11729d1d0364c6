#pragma once
// One table per enum: stable ASCII code (used in JSON) and Chinese label (shown to people).
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace sxpool {

template <class E>
struct EnumEntry {
  E value;
  std::string_view code;
  std::string_view label;
};

// Specialise with `static constexpr EnumEntry<E> entries[] = {...};`
template <class E>
struct EnumTable;

template <class E>
constexpr std::string_view codeOf(E value) {
  for (const auto& e : EnumTable<E>::entries)
    if (e.value == value) return e.code;
  return {};
}

template <class E>
constexpr std::string_view labelOf(E value) {
  for (const auto& e : EnumTable<E>::entries)
    if (e.value == value) return e.label;
  return {};
}

template <class E>
constexpr std::optional<E> fromCode(std::string_view code) {
  for (const auto& e : EnumTable<E>::entries)
    if (e.code == code) return e.value;
  return std::nullopt;
}

template <class E>
constexpr std::optional<E> fromLabel(std::string_view label) {
  for (const auto& e : EnumTable<E>::entries)
    if (e.label == label) return e.value;
  return std::nullopt;
}

template <class E>
constexpr const auto& entriesOf() {
  return EnumTable<E>::entries;
}

// The position of `value` in its table (a combo box's index); 0 when it is not there.
template <class E>
constexpr int indexOf(E value) {
  const auto& entries = EnumTable<E>::entries;
  for (std::size_t i = 0; i < std::size(entries); ++i)
    if (entries[i].value == value) return static_cast<int>(i);
  return 0;
}

// The value at a position of its table; an index out of range wraps instead of reading past the end.
template <class E>
constexpr E valueAt(int index) {
  const auto& entries = EnumTable<E>::entries;
  return entries[static_cast<std::size_t>(index) % std::size(entries)].value;
}

// Every code of the table, for messages that say what is accepted: "a、b、c".
template <class E>
std::string codesOf() {
  std::string s;
  for (const auto& e : EnumTable<E>::entries) {
    if (e.code.empty()) continue;
    if (!s.empty()) s += "、";
    s += std::string(e.code);
  }
  return s;
}

}  // namespace sxpool
