// JSON document sxpool.application/1: exact round trip and a clear error for every malformed input.
#include <catch2/catch.hpp>

#include "sxpool/json.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;
using nlohmann::json;

TEST_CASE("JSON：编码后解码与原文完全相同") {
  for (int i = 0; i < 20; ++i) {
    const Application a = i == 0 ? makeSampleApplication(0, round(), kBenchmarkSizes) : validSample(i);
    const std::string text = encodeApplication(a);
    const DecodeResult r = decodeApplication(text);
    INFO(text.substr(0, 200));
    REQUIRE(r.ok());
    CHECK(r.value == a);
    CHECK(encodeApplication(r.value) == text);
  }
}

TEST_CASE("JSON：空草稿、负利润、未设置的可选值也能往返") {
  Application a;
  a.operations[1].profit = Money::fromHundredths(-1);
  a.basic.directions = {ServiceDirection::Other};
  a.basic.otherDirection = "工业设计 \"引号\" \\ 反斜杠";
  a.staff.push_back(StaffMember{});
  a.routing = Routing{RoutingKind::ProvincialDepartment, "dept-kjt", "山西省科学技术厅"};
  const DecodeResult r = decodeApplication(encodeApplication(a, 2));
  REQUIRE(r.ok());
  CHECK(r.value == a);
}

TEST_CASE("JSON：金额以两位小数文本存储，也接受数字") {
  const Application a = validSample(1);
  const json j = applicationToJson(a);
  CHECK(j["basic"]["serviceAssets"].is_string());
  CHECK(j["format"] == "sxpool.application/1");
  json k = j;
  k["basic"]["serviceAssets"] = 12.34;
  const DecodeResult r = decodeApplicationJson(k);
  REQUIRE(r.ok());
  CHECK(r.value.basic.serviceAssets->hundredths == 1234);
  k["basic"]["serviceAssets"] = 7;
  CHECK(decodeApplicationJson(k).value.basic.serviceAssets->hundredths == 700);
}

TEST_CASE("JSON：缺少的字段视为未填写（草稿）") {
  const DecodeResult r = decodeApplication(R"({"format":"sxpool.application/1","basic":{"name":"测试"}})");
  REQUIRE(r.ok());
  CHECK(r.value.basic.name == "测试");
  CHECK_FALSE(r.value.basic.employeeCount);
}

namespace {
// Applies `edit` to a valid document and expects one error at `path` mentioning `words`.
void expectError(const char* name, const std::function<void(json&)>& edit, const std::string& path, const char* words) {
  json j = applicationToJson(validSample(1));
  edit(j);
  const DecodeResult r = decodeApplication(j.dump());
  INFO(name);
  REQUIRE_FALSE(r.ok());
  bool found = false;
  for (const auto& e : r.errors) {
    INFO(e.path << ": " << e.message);
    if (e.path == path && e.message.find(words) != std::string::npos) found = true;
  }
  CHECK(found);
}
}  // namespace

TEST_CASE("JSON：类型错误、未知字段、坏日期、超范围都有带路径的错误") {
  expectError(
      "文本给了数字", [](json& j) { j["basic"]["name"] = 5; }, "basic.name", "应为文本");
  expectError(
      "整数给了文本", [](json& j) { j["basic"]["employeeCount"] = "十"; }, "basic.employeeCount", "应为整数");
  expectError(
      "整数给了小数", [](json& j) { j["basic"]["employeeCount"] = 3.5; }, "basic.employeeCount", "应为整数");
  expectError(
      "整数超范围", [](json& j) { j["basic"]["employeeCount"] = 10000000000LL; }, "basic.employeeCount", "超出范围");
  expectError(
      "巨大整数", [](json& j) { j["basic"]["employeeCount"] = 1e300; }, "basic.employeeCount", "应为整数");
  expectError(
      "年度超范围", [](json& j) { j["operations"][0]["year"] = 20260; }, "operations[0].year", "超出范围");
  expectError(
      "未知字段", [](json& j) { j["basic"]["nickname"] = "x"; }, "basic.nickname", "未知字段");
  expectError(
      "顶层未知字段", [](json& j) { j["extra"] = 1; }, "extra", "未知字段");
  expectError(
      "坏日期", [](json& j) { j["basic"]["foundedOn"] = "2026-02-30"; }, "basic.foundedOn", "日期");
  expectError(
      "日期格式", [](json& j) { j["basic"]["foundedOn"] = "2026/02/03"; }, "basic.foundedOn", "YYYY-MM-DD");
  expectError(
      "日期给了数字", [](json& j) { j["declaration"]["date"] = 20260101; }, "declaration.date", "日期");
  expectError(
      "金额三位小数", [](json& j) { j["basic"]["serviceAssets"] = "1.234"; }, "basic.serviceAssets", "两位小数");
  expectError(
      "金额超范围", [](json& j) { j["basic"]["serviceAssets"] = "99999999999999"; }, "basic.serviceAssets", "超出范围");
  expectError(
      "金额指数形式", [](json& j) { j["basic"]["serviceAssets"] = 1e20; }, "basic.serviceAssets", "两位小数");
  expectError(
      "布尔给了文本", [](json& j) { j["commitments"]["credit"] = "yes"; }, "commitments.credit", "true 或 false");
  expectError(
      "枚举无效", [](json& j) { j["staff"][2]["title"] = "教授"; }, "staff[2].title", "无效");
  expectError(
      "方向无效", [](json& j) { j["basic"]["directions"][1] = "magic"; }, "basic.directions[1]", "无效");
  expectError(
      "表格不是数组", [](json& j) { j["experts"] = json::object(); }, "experts", "应为数组");
  expectError(
      "行不是对象", [](json& j) { j["experts"][3] = "张三"; }, "experts[3]", "应为对象");
  expectError(
      "经营情况不是两项", [](json& j) { j["operations"].erase(1); }, "operations", "恰好两项");
  expectError(
      "材料类别超范围", [](json& j) { j["materials"][0]["kind"] = 13; }, "materials[0].kind", "超出范围");
  expectError(
      "文件大小为负", [](json& j) { j["materials"][0]["sizeBytes"] = -1; }, "materials[0].sizeBytes", "超出范围");
  expectError(
      "版本不符", [](json& j) { j["format"] = "sxpool.application/2"; }, "format", "不支持");
  expectError(
      "缺少版本", [](json& j) { j.erase("format"); }, "format", "缺少");
}

TEST_CASE("JSON：不可读的文本从不抛出异常") {
  const char* inputs[] = {"",
                          "   ",
                          "{",
                          "}",
                          "[]",
                          "null",
                          "42",
                          "\"text\"",
                          "{\"format\":",
                          "{\"a\" 1}",
                          "{'format':1}",
                          "\xFF\xFE{}",
                          "{\"format\":\"sxpool.application/1\",\"basic\":[]}",
                          "{\"format\":\"sxpool.application/1\"} x",
                          "{\"format\":\"sxpool.application/1\",\"basic\":{\"name\":\"\xC3\"}}"};
  for (const char* text : inputs) {
    INFO(text);
    DecodeResult r;
    REQUIRE_NOTHROW(r = decodeApplication(text));
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.errors[0].message.empty());
  }
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  DecodeResult r;
  REQUIRE_NOTHROW(r = decodeApplication(deep));
  CHECK_FALSE(r.ok());
  const std::string deepObject =
      "{\"format\":\"sxpool.application/1\",\"basic\":" + std::string(50, '[') + std::string(50, ']') + "}";
  REQUIRE_NOTHROW(r = decodeApplication(deepObject));
  CHECK_FALSE(r.ok());
}

TEST_CASE("JSON：语法错误指出位置") {
  const DecodeResult r = decodeApplication("{\"format\": \"sxpool.application/1\", }");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].message.find("语法错误") != std::string::npos);
  CHECK(r.errors[0].message.find("字节") != std::string::npos);
}

TEST_CASE("JSON：编码时无效UTF-8被替换而不是抛出") {
  Application a;
  a.basic.name = "\xC3";
  std::string text;
  REQUIRE_NOTHROW(text = encodeApplication(a));
  CHECK(decodeApplication(text).ok());
}

TEST_CASE("JSON：结果输出") {
  const json j = findingToJson(Finding{"basic.uscc", "format.uscc.checksum", Severity::NeedsManualReview, "信息"});
  CHECK(j["path"] == "basic.uscc");
  CHECK(j["rule"] == "format.uscc.checksum");
  CHECK(j["severity"] == "manual_review");
  CHECK(j["message"] == "信息");
}

TEST_CASE("JSON：在无材料的编码文本中放入材料，与整份重新编码相同") {
  const std::string marker = "\"format\":\"sxpool.application/1\",\"materials\":[]";
  for (int i = 0; i < 6; ++i) {
    Application a = validSample(i);
    if (i == 1) a.basic.name = marker;  // the marker as typed text is written escaped and is not taken for it
    if (i == 2) a.basic.otherDirection = "\\" + marker + "\"";
    if (i == 3) a.materials.clear();
    Application bare = a;
    bare.materials.clear();
    const auto spliced = encodeWithMaterials(encodeApplication(bare), a.materials);
    REQUIRE(spliced);
    CHECK(*spliced == encodeApplication(a));
  }
  SECTION("不是无材料的紧凑编码就不拼接") {
    const Application a = validSample(1);
    CHECK_FALSE(encodeWithMaterials(encodeApplication(a), {}));  // already has materials
    Application bare = a;
    bare.materials.clear();
    CHECK_FALSE(encodeWithMaterials(encodeApplication(bare, 2), a.materials));  // indented
    CHECK_FALSE(encodeWithMaterials("{}", a.materials));
    CHECK_FALSE(encodeWithMaterials(encodeApplication(bare) + encodeApplication(bare), a.materials));  // twice
  }
}

TEST_CASE("JSON：文本的转义与 nlohmann 的输出逐字节相同") {
  std::string every;
  for (int c = 1; c < 0x80; ++c) every += static_cast<char>(c);
  const std::string texts[] = {every,      "中文，“引号”", "\xF0\x9F\x98\x80 emoji", "\xC3",
                               "a\xC3(b",  "\xE2\x82",     "\xED\xA0\x80 surrogate", "\xF4\x90\x80\x80",
                               "\xC0\xAF", "末尾\xE4\xB8", std::string("nul\0in", 6)};
  for (const auto& t : texts) {
    Application a;
    a.basic.name = t;
    const std::string expected =
        "\"name\":" + json(t).dump(-1, ' ', false, json::error_handler_t::replace) + ",\"nature\":";
    INFO(json(t).dump(-1, ' ', true, json::error_handler_t::replace));
    CHECK(encodeApplication(a).find(expected) != std::string::npos);
  }
}

TEST_CASE("JSON：错误按字段路径的键序给出，与文档中的顺序无关") {
  const DecodeResult r = decodeApplication(
      R"({"staff":[{"title":"x"}],"basic":{"name":1,"email":2},"format":"sxpool.application/1","alpha":0})");
  REQUIRE(r.errors.size() == 4);
  CHECK(r.errors[0].path == "alpha");
  CHECK(r.errors[1].path == "basic.email");
  CHECK(r.errors[2].path == "basic.name");
  CHECK(r.errors[3].path == "staff[0].title");
}
