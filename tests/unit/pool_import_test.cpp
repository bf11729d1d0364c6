// 指南第十条: the CSV of institutions admitted in 2025, and the pool's wire bodies.
#include <catch2/catch.hpp>

#include "sxpool/api/pool.hpp"
#include "sxpool/pool_import.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

namespace {

std::string line(const Application& a, const std::string& rest) {
  return a.basic.uscc + "," + a.basic.name + "," + rest;
}

bool mentions(const ImportParse& p, int lineNo, const std::string& part) {
  for (const auto& e : p.problems)
    if (e.line == lineNo && e.message.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("导入2025年入库机构：codes or labels and 市本级 without a county and quoted fields") {
  const auto a = validSample(301), b = validSample(302);
  const std::string csv = "\xEF\xBB\xBF" + std::string(kImportHeader) + "\r\n" +
                          line(a, "140100,140105,2025-06-30,社会化,数字赋能类,王建国,13912345678") + "\r\n" +
                          b.basic.uscc + ",\"晋城市某某,检测中心\",140500,,2025-12-31,public_welfare,testing,,\n\n";
  const auto p = parseAdmittedImport(csv, 2025);
  INFO((p.problems.empty() ? "" : p.problems[0].message));
  REQUIRE(p.problems.empty());
  REQUIRE(p.rows.size() == 2);
  CHECK(p.rows[0].line == 2);
  CHECK(p.rows[0].admittedOn == Date{2025, 6, 30});
  CHECK(p.rows[0].character == ServiceCharacter::Socialized);
  CHECK(p.rows[0].serviceClass == ServiceClass::DigitalEmpowerment);
  CHECK(p.rows[1].name == "晋城市某某,检测中心");
  CHECK(p.rows[1].countyCode.empty());
  CHECK(p.rows[1].character == ServiceCharacter::PublicWelfare);
  CHECK(p.rows[1].serviceClass == ServiceClass::InspectionTesting);
}

TEST_CASE("导入2025年入库机构：every problem with its line") {
  const auto a = validSample(303);
  CHECK(mentions(parseAdmittedImport("", 2025), 1, "表头"));
  CHECK(mentions(parseAdmittedImport("a,b\n", 2025), 1, "表头"));
  CHECK(mentions(parseAdmittedImport(std::string(kImportHeader) + "\n", 2025), 2, "没有机构数据"));
  const std::string csv = std::string(kImportHeader) + "\n" +
                          line(a, "140100,140105,2025-06-30,社会化,数字赋能类,王,13912345678") + "\n" +
                          line(a, "140100,140105,2025-06-30,社会化,数字赋能类,王,13912345678") + "\n" +
                          "123,某公司,140100,140212,2024-12-31,半公益,知识产权类,王,1\n" + "短行,1,2\n";
  const auto p = parseAdmittedImport(csv, 2025);
  CHECK(p.rows.size() == 1);
  CHECK(mentions(p, 3, "重复"));
  CHECK(mentions(p, 4, "统一社会信用代码"));
  CHECK(mentions(p, 4, "不属于所属市"));
  CHECK(mentions(p, 4, "不在2025年"));
  CHECK(mentions(p, 4, "服务性质"));
  CHECK(mentions(p, 4, "服务类别"));
  CHECK(mentions(p, 5, "应有9列"));
}

TEST_CASE("the pool's bodies round-trip") {
  api::ClassificationView v;
  v.id = 7;
  v.name = "某机构";
  v.classification = api::ClassificationChoice{ServiceCharacter::PublicWelfare, ServiceClass::Other};
  v.admittedOn = Date{2025, 6, 30};
  v.source = "import";
  const auto back = api::decodeClassificationView(api::encode(v));
  REQUIRE(back);
  CHECK(back->classification->serviceClass == ServiceClass::Other);
  CHECK(back->admittedOn == v.admittedOn);

  const auto update =
      api::decodeClassificationUpdate(R"({"character":"社会化服务机构","serviceClass":"digital","reason":"x"})");
  REQUIRE(update);
  CHECK(update->classification.character == ServiceCharacter::Socialized);
  CHECK_FALSE(api::decodeClassificationUpdate(R"({"character":"socialized"})"));

  api::EvaluationBody e;
  e.year = 2026;
  e.decision = api::EvaluationDecision::Remove;
  e.removalReason = RemovalReason::DataFraud;
  e.meetingRef = "晋工信〔2026〕1号";
  const auto eb = api::decodeEvaluationBody(api::encode(e));
  REQUIRE(eb);
  CHECK(eb->removalReason == RemovalReason::DataFraud);
  CHECK_FALSE(api::decodeEvaluationBody(R"({"year":2026})"));

  api::PoolProfile p;
  p.id = 3;
  p.revision = 2;
  p.products.push_back({"产品", "内容", "应用"});
  p.cases.push_back({"案例", "对象", "内容", "成效"});
  const auto pb = api::decodePoolProfile(api::encode(p));
  REQUIRE(pb);
  CHECK(pb->products == p.products);
  CHECK(pb->cases == p.cases);
  CHECK(api::decodeProducts(api::encodeProducts(p.products)).value == p.products);
  CHECK_FALSE(api::decodePoolProfile(R"({"products":"x"})"));
}
