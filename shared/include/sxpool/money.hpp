#pragma once
// Exact decimal with two places (万元 for money, 平方米 for areas): stored as an integer count of hundredths,
// never as binary floating point.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sxpool {

struct Decimal2 {
  std::int64_t hundredths = 0;  // 12.34 万元 → 1234

  static constexpr Decimal2 fromHundredths(std::int64_t h) { return Decimal2{h}; }
  static constexpr Decimal2 fromUnits(std::int64_t units) { return Decimal2{units * 100}; }

  friend constexpr bool operator==(Decimal2 a, Decimal2 b) { return a.hundredths == b.hundredths; }
  friend constexpr bool operator!=(Decimal2 a, Decimal2 b) { return a.hundredths != b.hundredths; }
  friend constexpr bool operator<(Decimal2 a, Decimal2 b) { return a.hundredths < b.hundredths; }
  friend constexpr bool operator<=(Decimal2 a, Decimal2 b) { return a.hundredths <= b.hundredths; }
  friend constexpr bool operator>(Decimal2 a, Decimal2 b) { return a.hundredths > b.hundredths; }
  friend constexpr bool operator>=(Decimal2 a, Decimal2 b) { return a.hundredths >= b.hundredths; }
  friend constexpr Decimal2 operator+(Decimal2 a, Decimal2 b) { return Decimal2{a.hundredths + b.hundredths}; }
  friend constexpr Decimal2 operator-(Decimal2 a, Decimal2 b) { return Decimal2{a.hundredths - b.hundredths}; }
};

using Money = Decimal2;         // 万元
using SquareMeters = Decimal2;  // 平方米

// Largest magnitude accepted anywhere (one trillion units): keeps sums far from int64 overflow.
inline constexpr std::int64_t kDecimal2MaxHundredths = 100'000'000'000'000LL;

// Accepts "12", "12.3", "12.34", "-5.00", "+7", surrounding spaces, and full-width digits are NOT accepted.
// Rejects more than two decimals, thousands separators, exponents, empty text, out-of-range values.
std::optional<Decimal2> parseDecimal2(std::string_view text);
inline std::optional<Money> parseMoney(std::string_view text) { return parseDecimal2(text); }

// Always two decimals: "12.30", "-0.05", "0.00".
std::string formatDecimal2(Decimal2 value);
inline std::string formatMoney(Money value) { return formatDecimal2(value); }

}  // namespace sxpool
