#pragma once
// The whole 附件2 application book (入库申请书) as plain data. Empty text / nullopt = not filled in yet, so a
// draft is an Application too. Field names equal the JSON keys (docs/application-format.md), so a finding's
// path such as "staff[3].title" names both.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sxpool/date.hpp"
#include "sxpool/directions.hpp"
#include "sxpool/enum_table.hpp"
#include "sxpool/institution.hpp"
#include "sxpool/money.hpp"

namespace sxpool {

using Count = std::int64_t;

// 申请表 (the one-page form)
struct BasicInfo {
  std::string name;                                     // 单位名称
  InstitutionNature nature = InstitutionNature::Unset;  // 机构性质
  std::string address;                                  // 地址
  std::string postalCode;                               // 邮政编码
  std::string legalRepresentative;                      // 法定代表人
  std::optional<Date> foundedOn;                        // 成立日期
  std::string uscc;                                     // 统一社会信用代码
  bool usccManualReview = false;             // applicant asks for manual review of a code failing the checksum
  std::optional<Money> registeredCapital;    // 注册资本（万元）
  std::string contactName;                   // 联系人
  std::string contactPhone;                  // 联系电话 (mobile or landline)
  std::string email;                         // 电子信箱
  std::optional<Count> employeeCount;        // 从业人数
  std::optional<Count> qualifiedStaffCount;  // 大专以上和中级职称以上人数
  std::optional<Count> expertCount;          // 合作专家数量 (declared; the experts list is the evidence)
  std::optional<Count> partnerCount;         // 合作机构数量 (declared; the partners list is the evidence)
  std::optional<Money> serviceAssets;        // 服务资产（万元）
  std::optional<SquareMeters> serviceArea;   // 服务场地（平方米）
  std::vector<ServiceDirection> directions;  // 主要服务方向 (最多选择两项)
  std::string otherDirection;                // 其他(文字描述)
  std::string activities;  // “一起益企”、产学研、项目对接等服务活动开展情况（400字左右）
  std::optional<Date> fillDate;  // 填报日期

  bool operator==(const BasicInfo&) const;
};

// 近两年经营情况, one column per year
struct YearOperations {
  std::optional<int> year;                 // 年度 (Y−2, Y−1)
  std::optional<Money> revenue;            // 服务收入（万元）
  std::optional<Money> profit;             // 服务利润（万元）, may be negative
  std::optional<Count> enterprisesServed;  // 服务企业数
  std::optional<Count> activityCount;      // 服务活动场次

  bool operator==(const YearOperations&) const;
};

// 单位情况概述
struct Overview {
  std::string basics;        // 基本情况
  std::string history;       // 发展沿革
  std::string products;      // 服务产品
  std::string achievements;  // 服务业绩

  bool operator==(const Overview&) const;
};

// 服务产品情况表 (如无, 可不填; not limited to 15 rows)
struct ServiceProduct {
  std::string name;         // 服务产品名称
  std::string content;      // 服务内容
  std::string application;  // 产品应用情况

  bool operator==(const ServiceProduct&) const;
};

// 职称 level; EquivalentSenior = 副高级以上同等水平 without a title (reviewer judges).
enum class TitleLevel { Unset, None, Junior, Intermediate, ViceSenior, FullSenior, EquivalentSenior };

template <>
struct EnumTable<TitleLevel> {
  static constexpr EnumEntry<TitleLevel> entries[] = {
      {TitleLevel::Unset, "", "未填写"},
      {TitleLevel::None, "none", "无职称"},
      {TitleLevel::Junior, "junior", "初级（助理级、员级）"},
      {TitleLevel::Intermediate, "intermediate", "中级"},
      {TitleLevel::ViceSenior, "vice_senior", "副高级"},
      {TitleLevel::FullSenior, "full_senior", "正高级"},
      {TitleLevel::EquivalentSenior, "equivalent_senior", "副高级以上同等水平"},
  };
};

// 学历 (GB/T 4658-2006 groups)
enum class Education { Unset, Doctorate, Master, Bachelor, Associate, Secondary, Other };

template <>
struct EnumTable<Education> {
  static constexpr EnumEntry<Education> entries[] = {
      {Education::Unset, "", "未填写"},
      {Education::Doctorate, "doctorate", "博士研究生"},
      {Education::Master, "master", "硕士研究生"},
      {Education::Bachelor, "bachelor", "大学本科"},
      {Education::Associate, "associate", "大学专科"},
      {Education::Secondary, "secondary", "中专/高中"},
      {Education::Other, "other", "其他"},
  };
};

// 服务人员基本情况表
struct StaffMember {
  std::string name;                        // 姓名
  std::string position;                    // 职务
  TitleLevel title = TitleLevel::Unset;    // 职称 (level)
  std::string titleName;                   // 职称名称, e.g. 高级工程师 (optional text)
  Education education = Education::Unset;  // 学历
  bool hasContract = false;                // 有无合同、社保证明等

  bool operator==(const StaffMember&) const;
};

// 服务企业情况登记表: 服务性质 of one service
enum class EnterpriseServiceNature { Unset, PublicWelfare, Paid };

template <>
struct EnumTable<EnterpriseServiceNature> {
  static constexpr EnumEntry<EnterpriseServiceNature> entries[] = {
      {EnterpriseServiceNature::Unset, "", "未填写"},
      {EnterpriseServiceNature::PublicWelfare, "public_welfare", "公益性服务"},
      {EnterpriseServiceNature::Paid, "paid", "有偿服务"},
  };
};

enum class Satisfaction { Unset, VerySatisfied, Satisfied, Fair, Dissatisfied };

template <>
struct EnumTable<Satisfaction> {
  static constexpr EnumEntry<Satisfaction> entries[] = {
      {Satisfaction::Unset, "", "未填写"},
      {Satisfaction::VerySatisfied, "very_satisfied", "非常满意"},
      {Satisfaction::Satisfied, "satisfied", "满意"},
      {Satisfaction::Fair, "fair", "基本满意"},
      {Satisfaction::Dissatisfied, "dissatisfied", "不满意"},
  };
};

struct ServedEnterprise {
  std::string name;                                                 // 企业名称
  std::optional<int> year;                                          // 服务年度 (6-6 counts the rows of Y−1)
  EnterpriseServiceNature nature = EnterpriseServiceNature::Unset;  // 服务性质
  Satisfaction satisfaction = Satisfaction::Unset;                  // 服务满意度

  bool operator==(const ServedEnterprise&) const;
};

// 服务典型案例 (2–3 例, 第七条(九))
struct TypicalCase {
  std::string title;       // 案例名称
  std::string enterprise;  // 服务对象
  std::string content;     // 服务内容
  std::string effect;      // 服务成效（经济效益和社会效益）

  bool operator==(const TypicalCase&) const;
};

// 上年度合作的专家 (6-4)
struct Expert {
  std::string name;                      // 姓名
  TitleLevel title = TitleLevel::Unset;  // 职称级别
  std::string titleName;                 // 职称名称
  std::string field;                     // 专业领域
  std::string employer;                  // 工作单位
  bool hasAgreement = false;             // 有合作协议或佐证

  bool operator==(const Expert&) const;
};

// 签有合作协议的专业化、外联型合作机构 (6-4)
struct Partner {
  std::string name;                   // 机构名称
  std::string uscc;                   // 统一社会信用代码 (optional)
  std::string kind;                   // 合作类型, e.g. 专业化 / 外联型
  bool agreementSigned = false;       // 签有合作协议
  std::optional<Date> agreementDate;  // 协议签订日期

  bool operator==(const Partner&) const;
};

// The 12 materials of 第七条 / 附件2 目录.
enum class MaterialKind {
  ApplicationForm = 1,  // 1 入库申请表
  Overview,             // 2 单位情况概述
  RegistrationLicense,  // 3 成立批文或注册登记执照
  PremisesCertificate,  // 4 不动产权证书或租赁合同
  ServiceRules,         // 5 服务管理、规范程序、服务承诺等制度
  ProductsAndClients,   // 6 近两年服务产品、服务企业情况
  StaffEvidence,        // 7 主要人员情况表及证书、社保或合同；上年度专家、机构合作佐证
  AuditedStatements,    // 8 会计师事务所审计的近两年财务报表和审计报告
  ServiceReport,        // 9 上年度服务情况及典型案例 2–3 例
  CreditCheck,          // 10 信用中国查询截图与法定代表人承诺
  Declaration,          // 11 申请材料真实性声明（盖章）
  OtherEvidence,        // 12 其他佐证材料 (optional)
};

template <>
struct EnumTable<MaterialKind> {
  static constexpr EnumEntry<MaterialKind> entries[] = {
      {MaterialKind::ApplicationForm, "1", "山西省优质中小企业服务资源库入库申请表"},
      {MaterialKind::Overview, "2", "单位情况概述"},
      {MaterialKind::RegistrationLicense, "3", "机构成立批文或注册登记执照复印件"},
      {MaterialKind::PremisesCertificate, "4", "服务场地的不动产权证书（或租赁合同）复印件"},
      {MaterialKind::ServiceRules, "5", "服务管理、规范程序、服务承诺等制度"},
      {MaterialKind::ProductsAndClients, "6", "近两年服务产品、服务企业相关情况"},
      {MaterialKind::StaffEvidence, "7",
       "服务机构主要人员基本情况表及职称、社保证明或合同、执业资格证书复印件；上年度与专家、机构合作的相关佐证材料"},
      {MaterialKind::AuditedStatements, "8", "经会计师事务所审计的近两年度财务报表和审计报告"},
      {MaterialKind::ServiceReport, "9", "上年度开展相关服务情况及服务典型案例2-3例"},
      {MaterialKind::CreditCheck, "10", "“信用中国”查询结果截图及法定代表人诚信守法承诺"},
      {MaterialKind::Declaration, "11", "申请材料真实性声明（加盖申请单位公章）"},
      {MaterialKind::OtherEvidence, "12", "其他佐证材料"},
  };
};

inline constexpr bool isMaterialRequired(MaterialKind k) { return k != MaterialKind::OtherEvidence; }

// Metadata of one uploaded file; the bytes live in the server's store, addressed by sha256.
struct Material {
  MaterialKind kind = MaterialKind::ApplicationForm;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string contentType;  // application/pdf, image/jpeg, image/png
  std::string sha256;       // 64 lowercase hex digits

  bool operator==(const Material&) const;
};

// Ticks that stand for the applicant's commitments.
struct Commitments {
  bool political = false;  // 6-1 拥护中国共产党的领导 … 诚信守法
  bool credit = false;     // 6-7 法定代表人诚信、守法、无不良信用记录承诺

  bool operator==(const Commitments&) const;
};

// 申报材料真实性声明
struct Declaration {
  bool confirmed = false;
  std::string legalRepresentative;  // 法定代表人（签字）
  std::optional<Date> date;         // 日期

  bool operator==(const Declaration&) const;
};

// 属地原则: where the application starts.
enum class RoutingKind { Unset, County, City, ReformZone, ProvincialDepartment };

template <>
struct EnumTable<RoutingKind> {
  static constexpr EnumEntry<RoutingKind> entries[] = {
      {RoutingKind::Unset, "", "未选择"},
      {RoutingKind::County, "county", "所属县（市、区）中小企业主管部门"},
      {RoutingKind::City, "city", "所属市工信局（市本级）"},
      {RoutingKind::ReformZone, "reform_zone", "山西转型综改示范区管委会"},
      {RoutingKind::ProvincialDepartment, "department", "省级主管部门（省级行业组织机构）"},
  };
};

struct Routing {
  RoutingKind kind = RoutingKind::Unset;
  std::string unitCode;  // county/city code, kReformZoneUnitCode, or "dept-…"
  std::string unitName;  // for display; for a 省级主管部门 the department's name

  bool operator==(const Routing&) const;
};

// 市级（综改区）推荐部门意见 — written by the reviewer, not the applicant.
struct Recommendation {
  std::string opinion;
  std::string unitName;
  std::optional<Date> date;

  bool operator==(const Recommendation&) const;
};

struct Application {
  BasicInfo basic;                            // 申请表
  std::array<YearOperations, 2> operations;   // 近两年经营情况: [0] = Y−2, [1] = Y−1 (上年度)
  Overview overview;                          // 单位情况概述
  std::vector<ServiceProduct> products;       // 服务产品情况表
  std::vector<StaffMember> staff;             // 服务人员基本情况表
  std::optional<Count> enterpriseCount;       // 服务企业数量 (head of 服务企业情况登记表)
  std::vector<ServedEnterprise> enterprises;  // 服务企业情况登记表
  std::vector<TypicalCase> cases;             // 服务典型案例
  std::vector<Expert> experts;                // 上年度合作专家
  std::vector<Partner> partners;              // 合作机构
  std::vector<Material> materials;            // 申请材料 1–12 (metadata)
  Commitments commitments;
  Declaration declaration;        // 真实性声明
  Routing routing;                // 属地 unit
  Recommendation recommendation;  // 推荐意见

  bool operator==(const Application&) const;
  bool operator!=(const Application& o) const { return !(*this == o); }
};

}  // namespace sxpool
