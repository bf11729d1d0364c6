#include "sxpool/money.hpp"

#include <cstdlib>

#include "sxpool/text.hpp"

namespace sxpool {

std::optional<Decimal2> parseDecimal2(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return std::nullopt;
  bool negative = false;
  if (text.front() == '+' || text.front() == '-') {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 13) return std::nullopt;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  std::int64_t value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  std::int64_t cents = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < frac.size() ? frac[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    cents = cents * 10 + (c - '0');
  }
  const std::int64_t total = value * 100 + cents;
  if (total > kDecimal2MaxHundredths) return std::nullopt;
  return Decimal2{negative ? -total : total};
}

std::string formatDecimal2(Decimal2 value) {
  const std::int64_t h = value.hundredths;
  // Magnitude without overflow even for INT64_MIN.
  const std::uint64_t mag = h < 0 ? 0 - static_cast<std::uint64_t>(h) : static_cast<std::uint64_t>(h);
  std::string out = h < 0 ? "-" : "";
  out += std::to_string(mag / 100);
  out += '.';
  out += static_cast<char>('0' + (mag % 100) / 10);
  out += static_cast<char>('0' + mag % 10);
  return out;
}

}  // namespace sxpool
