// 指南第六条: each rule 6-0 … 6-7 with its failing and its boundary-passing cases.
#include <catch2/catch.hpp>

#include "sxpool/management.hpp"
#include "sxpool/rules/eligibility.hpp"
#include "sxpool/uscc.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

namespace {
std::string usccIn(const char* division) { return *makeUscc('9', '1', division, "MA0K1234"); }
}  // namespace

TEST_CASE("6-0 注册地不在山西省") {
  runRuleTable({
      {"北京代码", [](Application& a) { a.basic.uscc = "91110000600037341L"; }, "6-0.registered-in-shanxi",
       "basic.uscc"},
      {"上海代码", [](Application& a) { a.basic.uscc = "91310115MA1K3BTP2B"; }, "6-0.registered-in-shanxi",
       "basic.uscc"},
      {"14开头但不是现行区划", [](Application& a) { a.basic.uscc = usccIn("149999"); }, "6-0.registered-in-shanxi",
       "basic.uscc"},
      {"统计用区划代码（综改区）不出现在代码中", [](Application& a) { a.basic.uscc = usccIn("140171"); },
       "6-0.registered-in-shanxi", "basic.uscc"},
      {"地址在省外", [](Application& a) { a.basic.address = "北京市海淀区中关村大街1号"; }, "6-0.address-in-shanxi",
       "basic.address"},
  });
}

TEST_CASE("6-0 山西省代码与地址通过") {
  runRuleTable(
      {
          {"县级代码", [](Application& a) { a.basic.uscc = usccIn("140105"); }, nullptr, ""},
          {"市本级代码", [](Application& a) { a.basic.uscc = usccIn("140100"); }, nullptr, ""},
          {"省级登记机关代码", [](Application& a) { a.basic.uscc = usccIn("140000"); }, nullptr, ""},
          {"地址以市名开头", [](Application& a) { a.basic.address = "太原市小店区长风街1号"; }, nullptr, ""},
          {"地址写综改区", [](Application& a) { a.basic.address = "山西转型综合改革示范区学府产业园1号"; }, nullptr,
           ""},
      },
      "6-0");
}

TEST_CASE("6-1 未勾选拥护党的领导承诺") {
  runRuleTable(
      {{"未勾选", [](Application& a) { a.commitments.political = false; }, "6-1.commitment", "commitments.political"}});
}

TEST_CASE("6-2 成立不满两年") {
  runRuleTable({
      {"提交前一天才满两年",
       [](Application& a) {
         a.basic.foundedOn = Date{2024, 4, 16};
       },
       "6-2.two-years", "basic.foundedOn"},
      {"去年成立",
       [](Application& a) {
         a.basic.foundedOn = Date{2025, 1, 1};
       },
       "6-2.two-years", "basic.foundedOn"},
  });
  runRuleTable({{"恰好满两年", [](Application& a) { a.basic.foundedOn = Date{2024, 4, 15}; }, nullptr, ""}}, "6-2");
}

TEST_CASE("6-2 缺少审计报告") {
  runRuleTable({{"未上传材料8", [](Application& a) { removeMaterial(a, MaterialKind::AuditedStatements); },
                 "6-2.audited-statements", "materials"},
                {"材料8为空文件",
                 [](Application& a) {
                   removeMaterial(a, MaterialKind::AuditedStatements);
                   Material m = material(MaterialKind::AuditedStatements);
                   m.sizeBytes = 0;
                   a.materials.push_back(m);
                 },
                 "6-2.audited-statements", "materials"}});
}

TEST_CASE("6-2 个体工商户需人工认定独立法人资格") {
  runRuleTable({{"个体工商户", [](Application& a) { a.basic.nature = InstitutionNature::IndividualBusiness; },
                 "6-2.legal-person", "basic.nature", Severity::NeedsManualReview}});
}

TEST_CASE("6-2 近两年均亏损提示") {
  runRuleTable({{"两年利润为负",
                 [](Application& a) {
                   a.operations[0].profit = Money::fromUnits(-1);
                   a.operations[1].profit = Money::fromUnits(-2);
                 },
                 "6-2.finances", "operations", Severity::Warning}});
}

TEST_CASE("6-3 服务方向超过两项或未选择") {
  runRuleTable({
      {"未选择", [](Application& a) { a.basic.directions.clear(); }, "6-3.direction-count", "basic.directions"},
      {"选了三项",
       [](Application& a) {
         a.basic.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::TechInnovation,
                               ServiceDirection::PolicyConsulting};
       },
       "6-3.direction-count", "basic.directions"},
      {"重复选择",
       [](Application& a) {
         a.basic.directions = {ServiceDirection::DigitalEmpowerment, ServiceDirection::DigitalEmpowerment};
       },
       "6-3.direction-duplicate", "basic.directions"},
  });
  runRuleTable(
      {{"一项即可", [](Application& a) { a.basic.directions = {ServiceDirection::HumanResources}; }, nullptr, ""}},
      "6-3");
}

TEST_CASE("6-3 选择其他须填写文字描述") {
  runRuleTable({
      {"其他无描述",
       [](Application& a) {
         a.basic.directions = {ServiceDirection::Other};
         a.basic.otherDirection = "  ";
       },
       "6-3.other-text", "basic.otherDirection"},
      {"有描述未勾选其他",
       [](Application& a) {
         a.basic.directions = {ServiceDirection::HumanResources};
         a.basic.otherDirection = "工业设计";
       },
       "6-3.other-text", "basic.otherDirection", Severity::Warning},
  });
}

TEST_CASE("6-4 副高级专家不足10人") {
  runRuleTable({{"只有9名副高级以上",
                 [](Application& a) {
                   int senior = 0;
                   for (auto& e : a.experts)
                     if (e.title == TitleLevel::ViceSenior || e.title == TitleLevel::FullSenior)
                       if (++senior > 9) e.title = TitleLevel::Intermediate;
                 },
                 "6-4.senior-experts", "experts"}});
  runRuleTable({{"恰好10名（含同等水平）",
                 [](Application& a) {
                   int senior = 0;
                   for (auto& e : a.experts)
                     if (e.title == TitleLevel::ViceSenior || e.title == TitleLevel::FullSenior)
                       if (++senior > 9) e.title = TitleLevel::Intermediate;
                   a.experts.back().title = TitleLevel::EquivalentSenior;
                 },
                 nullptr, ""}},
               "6-4.senior-experts");
}

TEST_CASE("6-4 同等水平专家需人工认定") {
  runRuleTable({{"同等水平", [](Application& a) { a.experts[0].title = TitleLevel::EquivalentSenior; },
                 "6-4.equivalent-level", "experts[0].title", Severity::NeedsManualReview}});
}

TEST_CASE("6-4 相关专家不足20人") {
  runRuleTable({{"19人", [](Application& a) { a.experts.resize(19); }, "6-4.total-experts", "experts"}});
  runRuleTable({{"恰好20人", [](Application& a) { a.experts.resize(20); }, nullptr, ""}}, "6-4.total-experts");
}

TEST_CASE("6-4 专家总数不含副高级的解释可配置") {
  RoundSettings r = round();
  r.seniorCountTowardsTotal = false;
  Application a = validSample(2);
  a.experts.resize(24);  // 12 senior + 12 others
  Findings fs;
  rules::checkRule64(a, r, ValidationContext{kSubmission, nullptr}, fs);
  CHECK(has(fs, "6-4.total-experts", "experts"));
}

TEST_CASE("6-4 签协议的合作机构不足5个") {
  runRuleTable({
      {"4个", [](Application& a) { a.partners.resize(4); }, "6-4.partners", "partners"},
      {"5个但1个未签协议",
       [](Application& a) {
         a.partners.resize(5);
         a.partners[0].agreementSigned = false;
       },
       "6-4.partners", "partners"},
  });
  runRuleTable({{"恰好5个", [](Application& a) { a.partners.resize(5); }, nullptr, ""}}, "6-4.partners");
}

TEST_CASE("6-5 无固定服务场地") {
  runRuleTable({
      {"场地为0", [](Application& a) { a.basic.serviceArea = SquareMeters{0}; }, "6-5.premises-area",
       "basic.serviceArea"},
      {"缺少产权证或租赁合同", [](Application& a) { removeMaterial(a, MaterialKind::PremisesCertificate); },
       "6-5.premises-document", "materials"},
  });
}

TEST_CASE("6-6 上年度服务企业不足10家") {
  runRuleTable({
      {"9家", [](Application& a) { a.enterprises.resize(9); }, "6-6.served-enterprises", "enterprises"},
      {"10行但1行是前年",
       [](Application& a) {
         a.enterprises.resize(10);
         a.enterprises[0].year = 2024;
       },
       "6-6.served-enterprises", "enterprises"},
      {"10行但有重名",
       [](Application& a) {
         a.enterprises.resize(10);
         a.enterprises[1].name = a.enterprises[0].name;
       },
       "6-6.served-enterprises", "enterprises"},
  });
  runRuleTable({{"恰好10家", [](Application& a) { a.enterprises.resize(10); }, nullptr, ""}}, "6-6");
}

TEST_CASE("6-7 缺少信用中国查询截图或法定代表人承诺") {
  runRuleTable({
      {"缺少材料10", [](Application& a) { removeMaterial(a, MaterialKind::CreditCheck); }, "6-7.credit-report",
       "materials"},
      {"未勾选承诺", [](Application& a) { a.commitments.credit = false; }, "6-7.legal-rep-commitment",
       "commitments.credit"},
  });
}

TEST_CASE("6-7 移出后两年内不得再次入库") {
  const Application sample = validSample(2);
  const std::vector<RemovalRecord> removals = {
      {sample.basic.uscc, Date{2024, 6, 1}, RemovalReason::TaxViolationBlacklist}};
  const ValidationContext banned{kSubmission, &removals};  // 2026-04-15 < 2026-06-01
  runRuleTable({{"两年禁入期内", [](Application&) {}, "6-7.reentry-ban", "basic.uscc"}}, {}, &banned);
  const ValidationContext after{Date{2026, 6, 1}, &removals};
  runRuleTable({{"满两年", [](Application&) {}, nullptr, ""}}, "6-7", &after);
  const std::vector<RemovalRecord> noBan = {{sample.basic.uscc, Date{2025, 6, 1}, RemovalReason::MissedReports}};
  const ValidationContext missed{kSubmission, &noBan};
  runRuleTable({{"因漏报移出不禁入", [](Application&) {}, nullptr, ""}}, "6-7", &missed);
}

TEST_CASE("第六条：checkEligibility 汇总所有规则且样例无问题") {
  CHECK(rules::checkEligibility(validSample(4), round(), ValidationContext{kSubmission, nullptr}).empty());
  Application empty;
  const Findings fs = rules::checkEligibility(empty, round(), ValidationContext{kSubmission, nullptr});
  for (const char* rule : {"6-1", "6-2", "6-3", "6-4", "6-5", "6-6", "6-7"}) {
    INFO(rule);
    CHECK_FALSE(findingsOfRule(fs, rule).empty());
  }
}
