#include <catch2/catch.hpp>

#include "sxpool/money.hpp"

using namespace sxpool;

TEST_CASE("金额：解析两位小数的万元，精确存储") {
  struct Row {
    const char* text;
    std::int64_t hundredths;
  };
  const Row rows[] = {{"0", 0},    {"12", 1200},   {"12.3", 1230}, {"12.34", 1234}, {"-5.00", -500},
                      {"+7", 700}, {" 8.5 ", 850}, {"0.01", 1},    {"-0.05", -5},   {"1000000000000", 100000000000000}};
  for (const auto& r : rows) {
    INFO(r.text);
    const auto v = parseMoney(r.text);
    REQUIRE(v);
    CHECK(v->hundredths == r.hundredths);
  }
}

TEST_CASE("金额：拒绝多于两位小数、千分位、指数、空文本和超范围") {
  for (const char* bad : {"", " ", "1.234", "1,000", "1e3", "abc", ".5", "5.", "--1", "1000000000000.01",
                          "99999999999999", "１２", "NaN"}) {
    INFO(bad);
    CHECK_FALSE(parseMoney(bad));
  }
}

TEST_CASE("金额：格式化总是两位小数，并可往返") {
  CHECK(formatMoney(Money::fromHundredths(1234)) == "12.34");
  CHECK(formatMoney(Money::fromHundredths(-5)) == "-0.05");
  CHECK(formatMoney(Money::fromHundredths(0)) == "0.00");
  CHECK(formatMoney(Money::fromUnits(7)) == "7.00");
  for (std::int64_t h : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL, -987654321LL})
    CHECK(parseMoney(formatMoney(Money::fromHundredths(h)))->hundredths == h);
}
