// Format and consistency checks of the 申请表 and its tables (requirements.md §3, last paragraph).
#include <catch2/catch.hpp>

#include "sxpool/uscc.hpp"
#include "test_support.hpp"

using namespace sxpool;
using namespace sxpool::test;

TEST_CASE("统一社会信用代码：长度、字符、校验码、组织机构代码") {
  runRuleTable({
      {"17位", [](Application& a) { a.basic.uscc.pop_back(); }, "format.uscc.length", "basic.uscc"},
      {"小写字母", [](Application& a) { a.basic.uscc[10] = 'a'; }, "format.uscc.charset", "basic.uscc"},
      {"禁用字母O", [](Application& a) { a.basic.uscc[10] = 'O'; }, "format.uscc.charset", "basic.uscc"},
      {"校验码错", [](Application& a) { a.basic.uscc[17] = a.basic.uscc[17] == '0' ? '1' : '0'; },
       "format.uscc.checksum", "basic.uscc"},
      {"组织机构代码校验位错",
       [](Application& a) {
         std::string c = a.basic.uscc.substr(0, 16) + (a.basic.uscc[16] == '0' ? "1" : "0");
         a.basic.uscc = c + *usccCheckCharacter(c);
       },
       "format.uscc.orgcode", "basic.uscc"},
      {"未填写", [](Application& a) { a.basic.uscc.clear(); }, "format.required", "basic.uscc"},
  });
}

TEST_CASE("统一社会信用代码：校验失败可申请人工复核") {
  runRuleTable({{"申请人工复核后降为需人工复核",
                 [](Application& a) {
                   a.basic.uscc[17] = a.basic.uscc[17] == '0' ? '1' : '0';
                   a.basic.usccManualReview = true;
                 },
                 "format.uscc.checksum", "basic.uscc", Severity::NeedsManualReview}});
  Application a = validSample(2);
  a.basic.uscc[17] = a.basic.uscc[17] == '0' ? '1' : '0';
  a.basic.usccManualReview = true;
  // An escalated checksum no longer blocks submission on its own.
  CHECK_FALSE(hasErrors(validate(a)));
}

TEST_CASE("统一社会信用代码：类型码与机构性质不符为提示") {
  runRuleTable(
      {{"代码为企业但选了事业单位", [](Application& a) { a.basic.nature = InstitutionNature::PublicInstitution; },
        "format.uscc.type-nature", "basic.nature", Severity::Warning}});
}

TEST_CASE("联系电话、电子信箱、邮政编码格式") {
  runRuleTable({
      {"电话", [](Application& a) { a.basic.contactPhone = "12345"; }, "format.phone", "basic.contactPhone"},
      {"邮箱", [](Application& a) { a.basic.email = "service@"; }, "format.email", "basic.email"},
      {"邮编非6位", [](Application& a) { a.basic.postalCode = "0300"; }, "format.postcode", "basic.postalCode"},
      {"邮编不在山西", [](Application& a) { a.basic.postalCode = "100080"; }, "format.postcode.shanxi",
       "basic.postalCode", Severity::Warning},
  });
  runRuleTable({{"座机号", [](Application& a) { a.basic.contactPhone = "0351-3046285"; }, nullptr, ""}},
               "format.phone");
}

TEST_CASE("必填项与非负数") {
  runRuleTable({
      {"单位名称", [](Application& a) { a.basic.name = "  "; }, "format.required", "basic.name"},
      {"机构性质", [](Application& a) { a.basic.nature = InstitutionNature::Unset; }, "format.required",
       "basic.nature"},
      {"从业人数为空", [](Application& a) { a.basic.employeeCount.reset(); }, "format.required", "basic.employeeCount"},
      {"从业人数为负", [](Application& a) { a.basic.employeeCount = -1; }, "format.non-negative",
       "basic.employeeCount"},
      {"服务资产为负", [](Application& a) { a.basic.serviceAssets = Money::fromUnits(-3); }, "format.non-negative",
       "basic.serviceAssets"},
      {"服务场地为负", [](Application& a) { a.basic.serviceArea = SquareMeters::fromUnits(-3); }, "format.non-negative",
       "basic.serviceArea"},
      {"服务收入为空", [](Application& a) { a.operations[1].revenue.reset(); }, "format.required",
       "operations[1].revenue"},
      {"服务活动场次为负", [](Application& a) { a.operations[0].activityCount = -2; }, "format.non-negative",
       "operations[0].activityCount"},
      {"概述", [](Application& a) { a.overview.history.clear(); }, "format.required", "overview.history"},
      {"人员姓名", [](Application& a) { a.staff[3].name.clear(); }, "format.required", "staff[3].name"},
      {"人员职称", [](Application& a) { a.staff[3].title = TitleLevel::Unset; }, "format.required", "staff[3].title"},
      {"人员学历", [](Application& a) { a.staff[0].education = Education::Unset; }, "format.required",
       "staff[0].education"},
      {"人员表为空", [](Application& a) { a.staff.clear(); }, "format.required", "staff"},
      {"企业满意度", [](Application& a) { a.enterprises[2].satisfaction = Satisfaction::Unset; }, "format.required",
       "enterprises[2].satisfaction"},
      {"企业服务性质", [](Application& a) { a.enterprises[2].nature = EnterpriseServiceNature::Unset; },
       "format.required", "enterprises[2].nature"},
      {"专家领域", [](Application& a) { a.experts[5].field.clear(); }, "format.required", "experts[5].field"},
      {"产品名称", [](Application& a) { a.products[0].name.clear(); }, "format.required", "products[0].name"},
      {"声明日期", [](Application& a) { a.declaration.date.reset(); }, "format.required", "declaration.date"},
  });
  runRuleTable({{"产品表可不填", [](Application& a) { a.products.clear(); }, nullptr, ""}}, "format.required");
}

TEST_CASE("日期不能晚于提交日") {
  runRuleTable({
      {"成立日期在未来",
       [](Application& a) {
         a.basic.foundedOn = Date{2026, 5, 1};
       },
       "format.date", "basic.foundedOn"},
      {"填报日期在未来",
       [](Application& a) {
         a.basic.fillDate = Date{2026, 4, 16};
       },
       "format.date", "basic.fillDate"},
      {"协议日期在未来",
       [](Application& a) {
         a.partners[0].agreementDate = Date{2026, 12, 1};
       },
       "format.date", "partners[0].agreementDate"},
  });
}

TEST_CASE("文本长度：活动情况约400字，超长提示，过长报错") {
  runRuleTable({
      {"701字", [](Application& a) { a.basic.activities = std::string(701 * 3 / 3, 'x'); },
       "format.text-length.activities", "basic.activities", Severity::Warning},
      {"10字", [](Application& a) { a.basic.activities = "组织了两场活动效果好"; }, "format.text-length.activities",
       "basic.activities", Severity::Warning},
      {"超过硬上限", [](Application& a) { a.basic.activities = std::string(2401, 'x'); }, "format.text-length",
       "basic.activities"},
      {"单位名称过长",
       [](Application& a) {
         a.basic.name.clear();
         for (int i = 0; i < 101; ++i) a.basic.name += "晋";
       },
       "format.text-length", "basic.name"},
  });
}

TEST_CASE("一致性：利润不超过收入") {
  runRuleTable({{"利润大于收入",
                 [](Application& a) {
                   a.operations[1].revenue = Money::fromUnits(100);
                   a.operations[1].profit = Money::fromHundredths(10001);
                 },
                 "consistency.profit-le-revenue", "operations[1].profit"}});
  runRuleTable({{"利润等于收入",
                 [](Application& a) {
                   a.operations[1].revenue = Money::fromUnits(100);
                   a.operations[1].profit = Money::fromUnits(100);
                 },
                 nullptr, ""},
                {"亏损", [](Application& a) { a.operations[1].profit = Money::fromUnits(-20); }, nullptr, ""}},
               "consistency.profit-le-revenue");
}

TEST_CASE("一致性：大专以上人数不超过从业人数") {
  runRuleTable({{"多于从业人数",
                 [](Application& a) {
                   a.basic.employeeCount = 20;
                   a.basic.qualifiedStaffCount = 21;
                 },
                 "consistency.qualified-le-employees", "basic.qualifiedStaffCount"}});
  runRuleTable({{"等于从业人数",
                 [](Application& a) {
                   a.basic.employeeCount = 20;
                   a.basic.qualifiedStaffCount = 20;
                 },
                 nullptr, ""}},
               "consistency.qualified-le-employees");
}

TEST_CASE("一致性：申报数量与名单") {
  runRuleTable({
      {"专家数量不符", [](Application& a) { a.basic.expertCount = 99; }, "consistency.expert-count",
       "basic.expertCount", Severity::Warning},
      {"合作机构数量不符", [](Application& a) { a.basic.partnerCount = 1; }, "consistency.partner-count",
       "basic.partnerCount", Severity::Warning},
      {"服务企业数量少于表中行数", [](Application& a) { a.enterpriseCount = 3; }, "consistency.enterprise-count",
       "enterpriseCount", Severity::Warning},
      {"人员表多于从业人数",
       [](Application& a) {
         a.basic.employeeCount = 2;
         a.basic.qualifiedStaffCount = 2;
       },
       "consistency.staff-le-employees", "staff", Severity::Warning},
      {"上年度服务企业数少于登记", [](Application& a) { a.operations[1].enterprisesServed = 1; },
       "consistency.enterprises-served", "operations[1].enterprisesServed", Severity::Warning},
      {"经营年度不对", [](Application& a) { a.operations[0].year = 2023; }, "consistency.operations-year",
       "operations[0].year"},
      {"企业年度不在近两年", [](Application& a) { a.enterprises[0].year = 2022; }, "consistency.enterprise-year",
       "enterprises[0].year"},
      {"企业重复登记", [](Application& a) { a.enterprises[4].name = a.enterprises[3].name; },
       "consistency.enterprise-duplicate", "enterprises[4].name", Severity::Warning},
      {"专家重复", [](Application& a) { a.experts[7] = a.experts[6]; }, "consistency.expert-duplicate",
       "experts[7].name", Severity::Warning},
      {"声明人与法定代表人不一致", [](Application& a) { a.declaration.legalRepresentative = "某某某"; },
       "consistency.declaration-name", "declaration.legalRepresentative", Severity::Warning},
  });
}

TEST_CASE("典型案例2–3例") {
  runRuleTable({
      {"1例", [](Application& a) { a.cases.resize(1); }, "cases.count", "cases"},
      {"4例", [](Application& a) { a.cases.push_back(a.cases[0]); }, "cases.count", "cases", Severity::Warning},
      {"案例成效为空", [](Application& a) { a.cases[1].effect.clear(); }, "format.required", "cases[1].effect"},
  });
  runRuleTable({{"2例", [](Application& a) { a.cases.resize(2); }, nullptr, ""}}, "cases");
}

TEST_CASE("申请材料：必需项、类型、大小、校验值") {
  runRuleTable({
      {"缺少材料1", [](Application& a) { removeMaterial(a, MaterialKind::ApplicationForm); }, "materials.missing",
       "materials"},
      {"缺少材料11", [](Application& a) { removeMaterial(a, MaterialKind::Declaration); }, "materials.missing",
       "materials"},
      {"类型不支持", [](Application& a) { a.materials[2].contentType = "application/zip"; }, "materials.type",
       "materials[2].contentType"},
      {"空文件", [](Application& a) { a.materials[2].sizeBytes = 0; }, "materials.size", "materials[2].sizeBytes"},
      {"过大", [](Application& a) { a.materials[2].sizeBytes = 51LL * 1024 * 1024; }, "materials.size",
       "materials[2].sizeBytes"},
      {"校验值无效", [](Application& a) { a.materials[2].sha256 = "abc"; }, "materials.sha256", "materials[2].sha256"},
      {"重复文件", [](Application& a) { a.materials[3].sha256 = a.materials[2].sha256; }, "materials.duplicate",
       "materials[3].sha256", Severity::Warning},
  });
  runRuleTable({{"材料12可不交", [](Application& a) { removeMaterial(a, MaterialKind::OtherEvidence); }, nullptr, ""},
                {"图片扫描件", [](Application& a) { a.materials[0].contentType = "image/jpeg"; }, nullptr, ""}},
               "materials");
}

TEST_CASE("真实性声明与属地单位") {
  runRuleTable({
      {"未确认声明", [](Application& a) { a.declaration.confirmed = false; }, "declaration.confirmed",
       "declaration.confirmed"},
      {"未选属地", [](Application& a) { a.routing = Routing{}; }, "routing.unit", "routing"},
      {"属地不存在",
       [](Application& a) {
         a.routing = Routing{RoutingKind::County, "149999", "?"};
       },
       "routing.unit", "routing"},
      {"属地与代码登记地不同",
       [](Application& a) {
         a.routing = Routing{RoutingKind::County, "141182", "汾阳市"};
       },
       "routing.differs-from-uscc", "routing", Severity::Warning},
  });
  runRuleTable({{"综改区",
                 [](Application& a) {
                   a.routing = Routing{RoutingKind::ReformZone, "140171", "山西转型综合改革示范区"};
                 },
                 nullptr, ""}},
               "routing");
}

TEST_CASE("每条中文提示都点名字段并说明如何改") {
  Application empty;
  const Findings fs = validate(empty);
  REQUIRE(fs.size() > 40);
  for (const auto& f : fs) {
    INFO(f.ruleId << " " << f.path << " " << f.message);
    CHECK(f.message.find("请") != std::string::npos);  // says what to do
    const bool namesField = f.message.find("「") != std::string::npos || f.message.find("材料") != std::string::npos ||
                            f.message.find("表") != std::string::npos || f.message.find("名单") != std::string::npos ||
                            f.message.find("案例") != std::string::npos;
    CHECK(namesField);
  }
}
