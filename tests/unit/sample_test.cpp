#include <catch2/catch.hpp>

#include "sxpool/divisions.hpp"
#include "sxpool/uscc.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("样例申请书：确定性且完全合规（无错误、无提示）") {
  for (int i = 0; i < 40; ++i) {
    const Application a = validSample(i);
    INFO("样例 " << i << " " << a.basic.name);
    const Findings fs = validate(a);
    INFO(describe(fs));
    REQUIRE(fs.empty());
    REQUIRE(a == validSample(i));
  }
}

TEST_CASE("样例申请书：基准规模（30名人员、50家企业、40名专家）同样合规") {
  const Application a = makeSampleApplication(3, round(), kBenchmarkSizes);
  CHECK(a.staff.size() == 30);
  CHECK(a.enterprises.size() == 50);
  CHECK(a.experts.size() == 40);
  const Findings fs = validate(a);
  INFO(describe(fs));
  CHECK(fs.empty());
}

TEST_CASE("样例统一社会信用代码：山西代码且校验通过") {
  for (int i = 0; i < 200; ++i) {
    const std::string code = sampleUscc(i);
    const UsccCheck c = checkUscc(code);
    INFO(code);
    REQUIRE(c.fullyValid());
    REQUIRE(Divisions::instance().isShanxiDivision(c.divisionCode));
  }
}
