#include <catch2/catch.hpp>

#include "sxpool/date.hpp"
#include "sxpool/text.hpp"

using namespace sxpool;

TEST_CASE("日期：严格解析 YYYY-MM-DD") {
  CHECK(parseDate("2026-04-30") == Date{2026, 4, 30});
  CHECK(parseDate("2024-02-29") == Date{2024, 2, 29});
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-4-30", "2026/04/30", "20260430", "",
                          "2026-04-31", "1899-12-31", "abcd-ef-gh", "2026-04-30 "}) {
    INFO(bad);
    CHECK_FALSE(parseDate(bad));
  }
}

TEST_CASE("日期：星期、加减天数、加月按月末截断") {
  CHECK(Date{2026, 4, 30}.weekday() == 4);  // 星期四
  CHECK(Date{2021, 7, 7}.weekday() == 3);   // 星期三
  CHECK(Date{1970, 1, 1}.weekday() == 4);
  CHECK(Date{2026, 2, 28}.addDays(1) == Date{2026, 3, 1});
  CHECK(Date{2024, 2, 28}.addDays(1) == Date{2024, 2, 29});
  CHECK(Date{2026, 1, 31}.addMonths(1) == Date{2026, 2, 28});
  CHECK(Date{2025, 11, 30}.addMonths(3) == Date{2026, 2, 28});
  CHECK(Date{2024, 2, 29}.addYears(2) == Date{2026, 2, 28});
  CHECK(Date::fromDays(Date{2026, 9, 28}.toDays()) == Date{2026, 9, 28});
  CHECK(formatDate(Date{2026, 4, 5}) == "2026-04-05");
  CHECK(formatDateChinese(Date{2026, 4, 5}) == "2026年4月5日");
}

TEST_CASE("文本：按字符计数中文，去除全角空格") {
  CHECK(utf8Length("山西省") == 3);
  CHECK(utf8Length("ab中") == 3);
  CHECK(trimmed("\xE3\x80\x80 太原 \xE3\x80\x80") == "太原");
  CHECK(isBlank(" \xE3\x80\x80\t"));
  CHECK_FALSE(isValidUtf8("\xFF\xFE"));
  CHECK(isValidUtf8("山西"));
}

TEST_CASE("文本：整数只认整段十进制数字") {
  CHECK(parseInteger("2026") == 2026);
  CHECK(parseInteger("-12") == -12);
  CHECK(parseInteger("9223372036854775807") == INT64_MAX);
  for (const char* bad : {"", " 5", "5 ", "12abc", "1.0", "+3", "99999999999999999999", "０"})
    CHECK_FALSE(parseInteger(bad));
}

TEST_CASE("日期：山西的今天按北京时间（UTC+8）计，与运行机器的时区无关") {
  // 2026-04-29 16:00 UTC is 2026-04-30 00:00 in 太原; one second earlier is still the 29th there.
  const std::int64_t midnightInTaiyuan = 1777478400;
  CHECK(dateInShanghai(midnightInTaiyuan) == Date{2026, 4, 30});
  CHECK(dateInShanghai(midnightInTaiyuan - 1) == Date{2026, 4, 29});
  CHECK(dateInShanghai(0) == Date{1970, 1, 1});
  CHECK(dateInShanghai(-8 * 3600 - 1) == Date{1969, 12, 31});
}
