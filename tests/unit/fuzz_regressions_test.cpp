// Inputs the libFuzzer targets (fuzz/) found, kept as tests of the domain model (the same bytes are in
// fuzz/regressions/<target>/, replayed by fuzz/run.sh).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "sxpool/api/round.hpp"
#include "sxpool/calendar.hpp"
#include "sxpool/text.hpp"
#include "sxpool/workflow_json.hpp"

using namespace sxpool;

TEST_CASE("fuzz：缺少日期的 RoundInfo 被拒绝（曾解码为 0000-00-00，再编码后无法解码）") {
  const auto parsed = api::decodeRoundInfo(R"({"revision": "7"})");
  REQUIRE_FALSE(parsed.ok());
  bool deadline = false, today = false;
  for (const auto& f : parsed.fields) {
    deadline = deadline || f.path == "deadline";
    today = today || f.path == "today";
  }
  CHECK(deadline);
  CHECK(today);
}

TEST_CASE("fuzz：工作流记录中缺少日期的抽查、异议与历史条目被拒绝") {
  WorkflowCase c;
  c.spotChecks.push_back(SpotCheck{Date{2026, 5, 6}, "王", "一致", true});
  auto j = workflowCaseToJson(c);
  REQUIRE(decodeWorkflowCase(j).ok());
  j["spotChecks"][0].erase("date");
  const auto r = decodeWorkflowCase(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].path == "spotChecks[0].date");
}

TEST_CASE("fuzz：isValidUtf8 只接受 RFC 3629 的 UTF-8（超长形式、代理项、超出 U+10FFFF 不算）") {
  CHECK(isValidUtf8("\xE3\x80\x80 服务"));
  CHECK_FALSE(isValidUtf8("\xF0\x84\xBA\xA1"));     // overlong 4-byte form (the input the fuzzer found)
  CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));         // overlong '/'
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));         // a UTF-16 surrogate
  CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));     // above U+10FFFF
  CHECK(isValidUtf8("\xF0\x9F\x98\x80"));           // U+1F600
  const std::string accepted = "\xF4\x8F\xBF\xBF";  // U+10FFFF
  CHECK(isValidUtf8(accepted));
  CHECK_NOTHROW(nlohmann::json(accepted).dump());
}

TEST_CASE("fuzz：节假日文件跳过一年（2026 与 2028）时，中间的 2027 年不算已载入，工作日计算报错而不是猜测") {
  std::vector<std::string> errors;
  const auto calendar =
      WorkingCalendar::fromCsv("date,kind,name\n2026-01-01,holiday,元旦\n2028-01-01,holiday,元旦\n", &errors);
  REQUIRE(errors.empty());
  CHECK(calendar.firstYear() == 2026);
  CHECK(calendar.lastYear() == 2028);
  CHECK_FALSE(calendar.covers(Date{2027, 10, 1}));
  CHECK_FALSE(calendar.isWorkingDay(Date{2027, 10, 1}).has_value());
  CHECK(calendar.isWorkingDay(Date{2028, 1, 1}) == std::optional<bool>(false));
  const auto crossing = calendar.nthWorkingDay(Date{2026, 12, 28}, 5);
  CHECK_FALSE(crossing.ok());
  CHECK(crossing.error.find("2027") != std::string::npos);
}
