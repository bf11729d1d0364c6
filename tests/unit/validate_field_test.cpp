// Live per-field validation: the same findings as the whole run, restricted to the field.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("单字段校验：只返回该字段的结果") {
  Application a = validSample(2);
  a.basic.email = "bad";
  a.basic.contactPhone = "123";
  a.staff[3].title = TitleLevel::Unset;
  const Findings email = validateField(a, "basic.email", round(), kSubmission);
  REQUIRE(email.size() == 1);
  CHECK(email[0].ruleId == "format.email");
  const Findings staff = validateField(a, "staff[3].title", round(), kSubmission);
  REQUIRE(staff.size() == 1);
  CHECK(staff[0].path == "staff[3].title");
  CHECK(validateField(a, "staff[2].title", round(), kSubmission).empty());
  CHECK(validateField(a, "basic.name", round(), kSubmission).empty());
  CHECK(validateField(a, "nonsense.path", round(), kSubmission).empty());
}

TEST_CASE("单字段校验与整体校验一致") {
  Application a;  // an empty draft: many findings everywhere
  a.staff.resize(3);
  a.enterprises.resize(2);
  a.experts.resize(2);
  a.materials.push_back(Material{MaterialKind::Overview, "", 0, "text/plain", ""});
  const Findings all = validate(a);
  for (const char* path : {"basic.uscc", "basic.email", "basic.directions", "staff[1].name", "staff", "experts",
                           "enterprises[1]", "operations[1].revenue", "materials", "materials[0].contentType",
                           "declaration", "routing", "commitments.credit", "enterpriseCount", "cases"}) {
    INFO(path);
    const Findings one = validateField(a, path, round(), kSubmission);
    const Findings expected = findingsAt(all, path);
    CHECK(one.size() == expected.size());
    for (const auto& f : expected) CHECK(std::find(one.begin(), one.end(), f) != one.end());
  }
}

TEST_CASE("单字段校验：资格规则随相关字段一起给出") {
  Application a = validSample(2);
  a.experts.resize(15);
  const Findings fs = validateField(a, "experts", round(), kSubmission);
  CHECK(has(fs, "6-4.total-experts", "experts"));
}

TEST_CASE("字段中文名称") {
  CHECK(fieldLabel("basic.uscc") == "申请表「统一社会信用代码」");
  CHECK(fieldLabel("staff[3].title") == "服务人员基本情况表第4行「职称」");
  CHECK(fieldLabel("operations[1].profit") == "近两年经营情况（第二年，即上年度）「服务利润（万元）」");
  CHECK(fieldLabel("experts") == "上年度合作专家名单");
  CHECK(fieldLabel("unknown.x") == "「unknown.x」");
}

TEST_CASE("结果筛选：按路径与规则族") {
  const Findings fs = {{"staff[1].name", "format.required", Severity::Error, "a"},
                       {"staff", "format.required", Severity::Error, "b"},
                       {"staffing", "x", Severity::Warning, "c"},
                       {"experts", "6-4.senior-experts", Severity::Error, "d"},
                       {"experts", "6-40", Severity::Error, "e"}};
  CHECK(findingsAt(fs, "staff").size() == 2);
  CHECK(findingsAt(fs, "staff[1]").size() == 1);
  CHECK(findingsOfRule(fs, "6-4").size() == 1);
  CHECK(countSeverity(fs, Severity::Warning) == 1);
  CHECK(hasErrors(fs));
}
