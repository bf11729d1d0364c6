#pragma once
// The field tables of the application book (附件2 入库申请书), one per struct of sxpool/application.hpp. Keys are the
// JSON keys (docs/application-format.md); labels are the form's wording and begin every message about the field.
#include "sxpool/application.hpp"
#include "sxpool/fields/field.hpp"

namespace sxpool::fields {

// 申请表
template <>
struct Fields<BasicInfo> {
  using B = BasicInfo;
  static constexpr auto list = std::make_tuple(
      field("name", &B::name, "单位名称"), field("nature", &B::nature, "机构性质"),
      field("address", &B::address, "地址"), field("postalCode", &B::postalCode, "邮政编码"),
      field("legalRepresentative", &B::legalRepresentative, "法定代表人"),
      field("foundedOn", &B::foundedOn, "成立日期"), field("uscc", &B::uscc, "统一社会信用代码"),
      field("usccManualReview", &B::usccManualReview, "统一社会信用代码人工复核申请"),
      field("registeredCapital", &B::registeredCapital, "注册资本", "万元"),
      field("contactName", &B::contactName, "联系人"), field("contactPhone", &B::contactPhone, "联系电话"),
      field("email", &B::email, "电子信箱"),
      integer("employeeCount", &B::employeeCount, "从业人数", "人", -kMaxCount, kMaxCount),
      integer("qualifiedStaffCount", &B::qualifiedStaffCount, "大专以上和中级职称以上人数", "人", -kMaxCount,
              kMaxCount),
      integer("expertCount", &B::expertCount, "合作专家数量", "人", -kMaxCount, kMaxCount),
      integer("partnerCount", &B::partnerCount, "合作机构数量", "个", -kMaxCount, kMaxCount),
      field("serviceAssets", &B::serviceAssets, "服务资产", "万元"),
      field("serviceArea", &B::serviceArea, "服务场地", "平方米"),
      field("directions", &B::directions, "主要服务方向", "", "（最多选择两项）"),
      field("otherDirection", &B::otherDirection, "主要服务方向“其他”的文字描述"),
      field("activities", &B::activities, "“一起益企”、产学研、项目对接等服务活动开展情况", "字", "（400字左右）"),
      field("fillDate", &B::fillDate, "填报日期"));
};

// 近两年经营情况, one column per year
template <>
struct Fields<YearOperations> {
  using Y = YearOperations;
  static constexpr auto list = std::make_tuple(
      integer("year", &Y::year, "年度", "", kMinYear, kMaxYear), field("revenue", &Y::revenue, "服务收入", "万元"),
      field("profit", &Y::profit, "服务利润", "万元"),
      integer("enterprisesServed", &Y::enterprisesServed, "服务企业数", "家", -kMaxCount, kMaxCount),
      integer("activityCount", &Y::activityCount, "服务活动场次", "场", -kMaxCount, kMaxCount));
};

// 单位情况概述
template <>
struct Fields<Overview> {
  using O = Overview;
  static constexpr auto list =
      std::make_tuple(field("basics", &O::basics, "基本情况"), field("history", &O::history, "发展沿革"),
                      field("products", &O::products, "服务产品"), field("achievements", &O::achievements, "服务业绩"));
};

// 服务产品情况表
template <>
struct Fields<ServiceProduct> {
  using P = ServiceProduct;
  static constexpr auto list =
      std::make_tuple(field("name", &P::name, "服务产品名称"), field("content", &P::content, "服务内容"),
                      field("application", &P::application, "产品应用情况"));
};

// 服务人员基本情况表
template <>
struct Fields<StaffMember> {
  using S = StaffMember;
  static constexpr auto list = std::make_tuple(
      field("name", &S::name, "姓名"), field("position", &S::position, "职务"), field("title", &S::title, "职称"),
      field("titleName", &S::titleName, "职称名称"), field("education", &S::education, "学历"),
      field("hasContract", &S::hasContract, "有无合同、社保证明等"));
};

// 服务企业情况登记表
template <>
struct Fields<ServedEnterprise> {
  using E = ServedEnterprise;
  static constexpr auto list = std::make_tuple(
      field("name", &E::name, "企业名称"), integer("year", &E::year, "服务年度", "", kMinYear, kMaxYear),
      field("nature", &E::nature, "服务性质"), field("satisfaction", &E::satisfaction, "服务满意度"));
};

// 服务典型案例
template <>
struct Fields<TypicalCase> {
  using T = TypicalCase;
  static constexpr auto list =
      std::make_tuple(field("title", &T::title, "案例名称"), field("enterprise", &T::enterprise, "服务对象"),
                      field("content", &T::content, "服务内容", "", "（主要内容、规模及收费情况）"),
                      field("effect", &T::effect, "服务成效", "", "（经济效益和社会效益）"));
};

// 上年度合作专家
template <>
struct Fields<Expert> {
  using E = Expert;
  static constexpr auto list = std::make_tuple(
      field("name", &E::name, "姓名"), field("title", &E::title, "职称级别"),
      field("titleName", &E::titleName, "职称名称"), field("field", &E::field, "专业领域"),
      field("employer", &E::employer, "工作单位"), field("hasAgreement", &E::hasAgreement, "有合作协议或佐证"));
};

// 合作机构
template <>
struct Fields<Partner> {
  using P = Partner;
  static constexpr auto list = std::make_tuple(
      field("name", &P::name, "机构名称"), field("uscc", &P::uscc, "统一社会信用代码"),
      field("kind", &P::kind, "合作类型"), field("agreementSigned", &P::agreementSigned, "签有合作协议"),
      field("agreementDate", &P::agreementDate, "协议签订日期"));
};

// 申请材料 1–12 (metadata of one file)
template <>
struct Fields<Material> {
  using M = Material;
  static constexpr auto list = std::make_tuple(
      integer("kind", &M::kind, "材料类别", "", 1, 12), field("fileName", &M::fileName, "文件名"),
      integer("sizeBytes", &M::sizeBytes, "文件大小", "字节", 0, std::int64_t{1} << 40),
      field("contentType", &M::contentType, "文件类型"), field("sha256", &M::sha256, "文件校验值（SHA-256）"));
};

template <>
struct Fields<Commitments> {
  using C = Commitments;
  static constexpr auto list = std::make_tuple(field("political", &C::political, "拥护党的领导、诚信守法承诺"),
                                               field("credit", &C::credit, "法定代表人诚信守法、无不良信用记录承诺"));
};

// 申报材料真实性声明
template <>
struct Fields<Declaration> {
  using D = Declaration;
  static constexpr auto list = std::make_tuple(
      field("confirmed", &D::confirmed, "确认声明"),
      field("legalRepresentative", &D::legalRepresentative, "法定代表人（签字）"), field("date", &D::date, "日期"));
};

template <>
struct Fields<Routing> {
  using R = Routing;
  static constexpr auto list =
      std::make_tuple(field("kind", &R::kind, "属地类型"), field("unitCode", &R::unitCode, "属地单位"),
                      field("unitName", &R::unitName, "属地单位名称"));
};

// 市级（综改区）推荐部门意见
template <>
struct Fields<Recommendation> {
  using R = Recommendation;
  static constexpr auto list =
      std::make_tuple(field("opinion", &R::opinion, "推荐意见"), field("unitName", &R::unitName, "推荐单位"),
                      field("date", &R::date, "推荐日期"));
};

// The document's sections (besides "format", which the codec writes and checks).
template <>
struct Fields<Application> {
  using A = Application;
  static constexpr auto list = std::make_tuple(
      field("basic", &A::basic, "申请表"), field("operations", &A::operations, "近两年经营情况"),
      field("overview", &A::overview, "单位情况概述"), field("products", &A::products, "服务产品情况表"),
      field("staff", &A::staff, "服务人员基本情况表"),
      Field<A, std::optional<Count>>{"enterpriseCount", &A::enterpriseCount, "服务企业数量", "家", "", -kMaxCount,
                                     kMaxCount, "服务企业情况登记表"},
      field("enterprises", &A::enterprises, "服务企业情况登记表"), field("cases", &A::cases, "服务典型案例"),
      field("experts", &A::experts, "上年度合作专家名单"), field("partners", &A::partners, "合作机构名单"),
      field("materials", &A::materials, "申请材料"), field("commitments", &A::commitments, "承诺事项"),
      field("declaration", &A::declaration, "申报材料真实性声明"), field("routing", &A::routing, "属地单位"),
      field("recommendation", &A::recommendation, "推荐部门意见"));
};

}  // namespace sxpool::fields
