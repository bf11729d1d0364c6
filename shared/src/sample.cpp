// Deterministic sample applications: plausible Shanxi institutions that pass every check.
#include "sxpool/sample.hpp"

#include <cstdint>

#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"
#include "sxpool/uscc.hpp"

namespace sxpool {
namespace {

constexpr const char* kBrands[] = {"晋创", "汾河", "三晋", "太行", "吕梁", "云冈", "恒信", "博远", "智汇", "启航",
                                   "华睿", "鼎盛", "龙城", "并州", "晋阳", "沁源", "黄河", "五台", "雁门", "河东"};
constexpr const char* kKinds[] = {"企业管理咨询有限公司", "科技服务有限公司",     "信息技术有限公司",
                                  "检验检测有限公司",     "人力资源服务有限公司", "知识产权代理有限公司",
                                  "融资服务有限公司",     "产业研究院有限公司"};
constexpr const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                     "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                                     "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于"};
constexpr const char* kGiven[] = {"建国", "丽华", "志强", "晓东", "海燕", "文博", "俊杰", "雅琴", "宏伟", "振华",
                                  "佳怡", "子涵", "明远", "秀英", "国栋", "婷婷", "浩然", "晓梅", "立新", "慧敏",
                                  "鹏飞", "亚楠", "永刚", "欣怡", "保平", "润生", "晋生", "瑞霞", "利民", "春燕"};
constexpr const char* kIndustryPrefixes[] = {"晋能", "汾西", "太钢", "阳泉", "长治", "晋城", "朔州",
                                             "晋中", "运城", "忻州", "临汾", "吕梁", "大同", "孝义",
                                             "介休", "高平", "侯马", "原平", "河津", "古交"};
constexpr const char* kIndustries[] = {"精密机械有限公司", "新材料科技有限公司", "食品有限公司",     "煤机装备有限公司",
                                       "电子科技有限公司", "化工有限公司",       "纺织有限公司",     "生物科技有限公司",
                                       "物流有限公司",     "建材有限公司",       "农业科技有限公司", "软件有限公司"};
constexpr const char* kFields[] = {"智能制造", "财务管理", "企业融资", "知识产权", "数字化转型", "质量管理",
                                   "人力资源", "法律合规", "市场营销", "检验检测", "工业设计",   "节能环保"};
constexpr const char* kRoads[] = {"长风街", "学府街", "并州路", "迎泽大街", "体育路", "南中环街", "龙城大街", "晋祠路"};

template <class T, std::size_t N>
const T& pick(const T (&arr)[N], std::uint64_t i) {
  return arr[i % N];
}

std::uint64_t mix(std::uint64_t x) {  // splitmix64
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::string personName(std::uint64_t seed) {
  const std::uint64_t h = mix(seed);
  return std::string(pick(kSurnames, h)) + pick(kGiven, h >> 16);
}

// Distinct names for k < 28 × 30 rows of one table.
std::string rowPerson(std::uint64_t seed, std::uint64_t k) {
  return std::string(kSurnames[(k + seed) % std::size(kSurnames)]) +
         kGiven[(k / std::size(kSurnames) + seed) % std::size(kGiven)];
}

std::string sha256Like(std::uint64_t seed) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int part = 0; part < 4; ++part) {
    std::uint64_t v = mix(seed * 4 + static_cast<std::uint64_t>(part));
    for (int i = 0; i < 16; ++i, v >>= 4) out += kHex[v & 15];
  }
  return out;
}

std::string sampleDivision(int index) {
  const auto& d = Divisions::instance();
  const auto i = static_cast<std::size_t>(index < 0 ? -index : index);
  if (i % 7 == 6) return d.cities()[i / 7 % d.cities().size()].code;  // 市本级
  return d.counties()[i * 37 % d.counties().size()].code;
}

Money money(std::int64_t hundredths) { return Money::fromHundredths(hundredths); }

const char* kMaterialFiles[] = {"入库申请表",         "单位情况概述", "营业执照",
                                "租赁合同",           "服务管理制度", "近两年服务情况",
                                "人员及专家合作佐证", "审计报告",     "上年度服务情况及典型案例",
                                "信用中国查询截图",   "真实性声明",   "其他佐证材料"};

}  // namespace

std::string sampleUscc(int index) {
  const auto i = static_cast<std::uint64_t>(index < 0 ? -static_cast<std::int64_t>(index) : index);
  // "MA" + 6 characters of the USCC alphabet: modern organisation-code part.
  std::string org = "MA";
  std::uint64_t h = mix(i + 1000);
  for (int k = 0; k < 6; ++k, h /= kUsccAlphabet.size()) org += kUsccAlphabet[h % kUsccAlphabet.size()];
  return *makeUscc('9', '1', sampleDivision(index), org);
}

Application makeSampleApplication(int index, const RoundSettings& round, const SampleSizes& sizes) {
  const auto& divisions = Divisions::instance();
  const auto seed = static_cast<std::uint64_t>(index < 0 ? -static_cast<std::int64_t>(index) : index);
  const int y1 = round.previousYear();
  const int y2 = round.twoYearsAgo();
  const std::string division = sampleDivision(index);
  const std::string cityCode = divisions.cityOf(division);
  const CityInfo* city = divisions.findCity(cityCode);
  const std::string placeName = divisions.nameOf(division);
  const std::string cityName = city->name;
  // Short city name ("太原市" → "太原"): strip the trailing "市" (3 bytes in UTF-8).
  const std::string cityShort = cityName.substr(0, cityName.size() - 3);

  Application a;
  BasicInfo& b = a.basic;
  b.name = cityShort + pick(kBrands, seed) + pick(kKinds, seed / 20 + seed);
  b.nature = InstitutionNature::Enterprise;
  b.address = "山西省" + cityName + (division == cityCode ? std::string() : placeName) + pick(kRoads, seed) +
              std::to_string(10 + seed % 190) + "号";
  b.postalCode = city->samplePostcode;
  b.legalRepresentative = personName(seed * 101);
  b.foundedOn =
      Date{y2 - 1 - static_cast<int>(seed % 12), 1 + static_cast<int>(seed % 12), 1 + static_cast<int>(seed % 28)};
  b.uscc = sampleUscc(index);
  b.registeredCapital = money(50000 + static_cast<std::int64_t>(seed % 50) * 1000);
  b.contactName = personName(seed * 101 + 1);
  b.contactPhone = "139" + std::to_string(10000000 + mix(seed) % 89999999);
  b.email = "service" + std::to_string(seed) + "@example.com";
  b.employeeCount = sizes.staff + 8 + static_cast<int>(seed % 20);
  b.qualifiedStaffCount = sizes.staff;
  b.expertCount = sizes.experts;
  b.partnerCount = sizes.partners;
  b.serviceAssets = money(35000 + static_cast<std::int64_t>(mix(seed) % 200000));
  b.serviceArea = money(30000 + static_cast<std::int64_t>(seed % 40) * 2500);
  constexpr ServiceDirection kPairs[][2] = {
      {ServiceDirection::DigitalEmpowerment, ServiceDirection::TechInnovation},
      {ServiceDirection::FinancingPromotion, ServiceDirection::PolicyConsulting},
      {ServiceDirection::ComplianceManagement, ServiceDirection::HumanResources},
      {ServiceDirection::InspectionTesting, ServiceDirection::AchievementTransfer},
      {ServiceDirection::BrandPromotion, ServiceDirection::IntellectualProperty},
      {ServiceDirection::GoingGlobal, ServiceDirection::PolicyConsulting},
      {ServiceDirection::TechInnovation, ServiceDirection::Other},
  };
  const auto& pair = kPairs[seed % 7];
  b.directions = {pair[0], pair[1]};
  if (pair[1] == ServiceDirection::Other) b.otherDirection = "工业设计";
  b.activities =
      std::to_string(y2) + "年，本单位承办“一起益企”中小企业服务行动专场活动4场，组织" + cityName +
      "辖区内80余家中小企业参加政策宣讲和数字化诊断，现场解答企业问题120余个；与太原理工大学、中北大学等高校开展产学研"
      "对接3次，"
      "促成技术合作项目5项。" +
      std::to_string(y1) +
      "年，参与省工信厅组织的专精特新企业赋能活动6场，为46家企业提供免费诊断服务，"
      "组织融资对接会2场，帮助12家企业获得银行授信合计1.8亿元；开展项目对接活动5场，促成签约项目9个。"
      "通过线上服务平台累计发布政策解读文章60余篇，服务企业满意度保持在95%以上，形成了线上线下协同的服务模式。";
  b.fillDate = Date{round.year, 1, 5};

  for (int k = 0; k < 2; ++k) {
    YearOperations& op = a.operations[static_cast<std::size_t>(k)];
    op.year = k == 0 ? y2 : y1;
    const std::int64_t revenue = 60000 + static_cast<std::int64_t>(mix(seed + static_cast<std::uint64_t>(k)) % 240000);
    op.revenue = money(revenue);
    op.profit = money(revenue / 8);
    op.enterprisesServed = sizes.enterprises + 20 + k * 5;
    op.activityCount = 12 + k * 3 + static_cast<int>(seed % 10);
  }

  a.overview.basics = b.name + "成立于" + std::to_string(b.foundedOn->year) + "年，注册地位于" + cityName +
                      "，现有办公及服务场地" + formatDecimal2(*b.serviceArea) +
                      "平方米，配备线上服务平台和培训教室，为中小企业提供" + std::string(labelOf(pair[0])) +
                      "等专业服务。";
  a.overview.history = std::to_string(b.foundedOn->year) + "年成立；" + std::to_string(y2 - 1) +
                       "年建设线上服务平台；" + std::to_string(y2) + "年被认定为市级中小企业公共服务示范平台。";
  a.overview.products = "围绕企业诊断、政策咨询、融资对接、人才培训等形成标准化服务产品，详见服务产品情况表。";
  a.overview.achievements = "近两年累计服务企业" + std::to_string(2 * sizes.enterprises + 45) + "家，组织服务活动" +
                            std::to_string(30 + seed % 10) + "场，服务满意度95%以上。";

  for (int k = 0; k < sizes.products; ++k)
    a.products.push_back(ServiceProduct{
        std::string(pick(kFields, seed + static_cast<std::uint64_t>(k))) + "服务包" + std::to_string(k + 1),
        "为中小企业提供现场诊断、方案设计和实施辅导", "已服务" + std::to_string(10 + k * 3) + "家企业"});

  constexpr TitleLevel kStaffTitles[] = {TitleLevel::FullSenior,   TitleLevel::ViceSenior, TitleLevel::Intermediate,
                                         TitleLevel::Intermediate, TitleLevel::Junior,     TitleLevel::None};
  constexpr Education kEducation[] = {Education::Doctorate, Education::Master, Education::Bachelor, Education::Bachelor,
                                      Education::Associate};
  constexpr const char* kPositions[] = {"总经理", "副总经理", "项目经理", "咨询顾问", "高级咨询师", "服务专员"};
  for (int k = 0; k < sizes.staff; ++k) {
    const auto u = static_cast<std::uint64_t>(k);
    const TitleLevel t = pick(kStaffTitles, u);
    a.staff.push_back(StaffMember{rowPerson(seed, u), pick(kPositions, u), t,
                                  t == TitleLevel::FullSenior     ? "正高级工程师"
                                  : t == TitleLevel::ViceSenior   ? "高级经济师"
                                  : t == TitleLevel::Intermediate ? "经济师"
                                  : t == TitleLevel::Junior       ? "助理工程师"
                                                                  : "",
                                  pick(kEducation, u), true});
  }

  a.enterpriseCount = sizes.enterprises;
  constexpr std::size_t kCombos = std::size(kIndustryPrefixes) * std::size(kIndustries);
  for (int k = 0; k < sizes.enterprises; ++k) {
    const auto u = static_cast<std::size_t>(k);
    std::string name = std::string(kIndustryPrefixes[u % std::size(kIndustryPrefixes)]) +
                       kIndustries[(u / std::size(kIndustryPrefixes) + u) % std::size(kIndustries)];
    if (u >= kCombos) name += "第" + std::to_string(u / kCombos + 1) + "分公司";
    a.enterprises.push_back(
        ServedEnterprise{name, y1, k % 3 == 0 ? EnterpriseServiceNature::PublicWelfare : EnterpriseServiceNature::Paid,
                         k % 4 == 3 ? Satisfaction::Satisfied : Satisfaction::VerySatisfied});
  }

  for (int k = 0; k < sizes.cases; ++k)
    a.cases.push_back(
        TypicalCase{"助力" + a.enterprises[static_cast<std::size_t>(k) % a.enterprises.size()].name + "提质增效",
                    a.enterprises[static_cast<std::size_t>(k) % a.enterprises.size()].name,
                    "开展" + std::string(labelOf(pair[0])) + "诊断，制定改进方案并驻场辅导三个月，服务收费8万元。",
                    "企业生产效率提升15%，年节约成本约120万元，带动新增就业20人。"});

  const int senior = sizes.experts / 2 > round.minSeniorExperts ? sizes.experts / 2 : round.minSeniorExperts;
  constexpr const char* kEmployers[] = {
      "太原理工大学",        "山西大学", "中北大学", "山西财经大学", "山西省科学技术情报研究所", "山西省检验检测中心",
      "山西综改区产业研究院"};
  for (int k = 0; k < sizes.experts; ++k) {
    const auto u = static_cast<std::uint64_t>(k);
    const bool isSenior = k < senior;
    const TitleLevel t =
        isSenior ? (k % 3 == 0 ? TitleLevel::FullSenior : TitleLevel::ViceSenior) : TitleLevel::Intermediate;
    a.experts.push_back(Expert{rowPerson(seed + 11, u), t,
                               t == TitleLevel::FullSenior   ? "教授"
                               : t == TitleLevel::ViceSenior ? "副教授"
                                                             : "工程师",
                               pick(kFields, u), std::string(pick(kEmployers, u)), true});
  }

  for (int k = 0; k < sizes.partners; ++k) {
    const auto u = static_cast<std::uint64_t>(k);
    const std::string partnerDivision = divisions.counties()[(seed + u * 13) % divisions.counties().size()].code;
    std::string org = "MA";
    std::uint64_t h = mix(seed * 131 + u);
    for (int c = 0; c < 6; ++c, h /= kUsccAlphabet.size()) org += kUsccAlphabet[h % kUsccAlphabet.size()];
    a.partners.push_back(Partner{std::string(pick(kBrands, seed + u + 3)) + pick(kKinds, u + 1),
                                 *makeUscc('9', '1', partnerDivision, org), k % 2 == 0 ? "专业化" : "外联型", true,
                                 Date{y1, 1 + k % 12, 10}});
  }

  for (const auto& e : entriesOf<MaterialKind>()) {
    const int kind = static_cast<int>(e.value);
    a.materials.push_back(
        Material{e.value, std::to_string(kind) + "-" + kMaterialFiles[kind - 1] + ".pdf",
                 150000 + static_cast<std::int64_t>(mix(seed * 12 + static_cast<std::uint64_t>(kind)) % 3000000),
                 "application/pdf", sha256Like(seed * 12 + static_cast<std::uint64_t>(kind))});
  }

  a.commitments = Commitments{true, true};
  a.declaration = Declaration{true, b.legalRepresentative, Date{round.year, 1, 5}};
  a.routing = *defaultRoutingForUscc(b.uscc);
  return a;
}

}  // namespace sxpool
