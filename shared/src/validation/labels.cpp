// Chinese labels of field paths: every message starts with the label, so the user knows where to look.
#include <string>
#include <string_view>

#include "sxpool/validation.hpp"

namespace sxpool {
namespace {

struct Label {
  std::string_view key;
  std::string_view label;
};

constexpr Label kSections[] = {
    {"basic", "申请表"},
    {"operations", "近两年经营情况"},
    {"overview", "单位情况概述"},
    {"products", "服务产品情况表"},
    {"staff", "服务人员基本情况表"},
    {"enterpriseCount", "服务企业情况登记表「服务企业数量」"},
    {"enterprises", "服务企业情况登记表"},
    {"cases", "服务典型案例"},
    {"experts", "上年度合作专家名单"},
    {"partners", "合作机构名单"},
    {"materials", "申请材料"},
    {"commitments", "承诺事项"},
    {"declaration", "申报材料真实性声明"},
    {"routing", "属地单位"},
    {"recommendation", "推荐部门意见"},
};

constexpr Label kFields[] = {
    // 申请表
    {"basic.name", "单位名称"},
    {"basic.nature", "机构性质"},
    {"basic.address", "地址"},
    {"basic.postalCode", "邮政编码"},
    {"basic.legalRepresentative", "法定代表人"},
    {"basic.foundedOn", "成立日期"},
    {"basic.uscc", "统一社会信用代码"},
    {"basic.usccManualReview", "统一社会信用代码人工复核申请"},
    {"basic.registeredCapital", "注册资本（万元）"},
    {"basic.contactName", "联系人"},
    {"basic.contactPhone", "联系电话"},
    {"basic.email", "电子信箱"},
    {"basic.employeeCount", "从业人数"},
    {"basic.qualifiedStaffCount", "大专以上和中级职称以上人数"},
    {"basic.expertCount", "合作专家数量"},
    {"basic.partnerCount", "合作机构数量"},
    {"basic.serviceAssets", "服务资产（万元）"},
    {"basic.serviceArea", "服务场地（平方米）"},
    {"basic.directions", "主要服务方向"},
    {"basic.otherDirection", "主要服务方向“其他”的文字描述"},
    {"basic.activities", "“一起益企”、产学研、项目对接等服务活动开展情况"},
    {"basic.fillDate", "填报日期"},
    // 近两年经营情况
    {"operations.year", "年度"},
    {"operations.revenue", "服务收入（万元）"},
    {"operations.profit", "服务利润（万元）"},
    {"operations.enterprisesServed", "服务企业数"},
    {"operations.activityCount", "服务活动场次"},
    // 单位情况概述
    {"overview.basics", "基本情况"},
    {"overview.history", "发展沿革"},
    {"overview.products", "服务产品"},
    {"overview.achievements", "服务业绩"},
    // tables
    {"products.name", "服务产品名称"},
    {"products.content", "服务内容"},
    {"products.application", "产品应用情况"},
    {"staff.name", "姓名"},
    {"staff.position", "职务"},
    {"staff.title", "职称"},
    {"staff.titleName", "职称名称"},
    {"staff.education", "学历"},
    {"staff.hasContract", "有无合同、社保证明等"},
    {"enterprises.name", "企业名称"},
    {"enterprises.year", "服务年度"},
    {"enterprises.nature", "服务性质"},
    {"enterprises.satisfaction", "服务满意度"},
    {"cases.title", "案例名称"},
    {"cases.enterprise", "服务对象"},
    {"cases.content", "服务内容"},
    {"cases.effect", "服务成效"},
    {"experts.name", "姓名"},
    {"experts.title", "职称级别"},
    {"experts.titleName", "职称名称"},
    {"experts.field", "专业领域"},
    {"experts.employer", "工作单位"},
    {"experts.hasAgreement", "合作协议或佐证"},
    {"partners.name", "机构名称"},
    {"partners.uscc", "统一社会信用代码"},
    {"partners.kind", "合作类型"},
    {"partners.agreementSigned", "是否签有合作协议"},
    {"partners.agreementDate", "协议签订日期"},
    {"materials.kind", "材料类别"},
    {"materials.fileName", "文件名"},
    {"materials.sizeBytes", "文件大小"},
    {"materials.contentType", "文件类型"},
    {"materials.sha256", "文件校验值（SHA-256）"},
    {"commitments.political", "拥护党的领导、诚信守法承诺"},
    {"commitments.credit", "法定代表人诚信守法、无不良信用记录承诺"},
    {"declaration.confirmed", "确认声明"},
    {"declaration.legalRepresentative", "法定代表人（签字）"},
    {"declaration.date", "声明日期"},
    {"routing.kind", "属地类型"},
    {"routing.unitCode", "属地单位"},
    {"routing.unitName", "属地单位名称"},
    {"recommendation.opinion", "推荐意见"},
    {"recommendation.unitName", "推荐单位"},
    {"recommendation.date", "推荐日期"},
};

std::string_view lookup(const Label* begin, const Label* end, std::string_view key) {
  for (auto* l = begin; l != end; ++l)
    if (l->key == key) return l->label;
  return {};
}

}  // namespace

std::string fieldLabel(std::string_view path) {
  // section[index].field
  const auto stop = path.find_first_of(".[");
  const std::string_view section = path.substr(0, stop);
  std::string_view rest = stop == std::string_view::npos ? std::string_view{} : path.substr(stop);
  std::string label(lookup(std::begin(kSections), std::end(kSections), section));
  if (label.empty()) return "「" + std::string(path) + "」";
  std::string row;
  if (!rest.empty() && rest.front() == '[') {
    const auto close = rest.find(']');
    if (close == std::string_view::npos) return label;
    const std::string_view digits = rest.substr(1, close - 1);
    std::size_t index = 0;
    for (char c : digits) index = index * 10 + static_cast<std::size_t>(c >= '0' && c <= '9' ? c - '0' : 0);
    if (section == "operations")
      row = index == 0   ? "（第一年）"
            : index == 1 ? "（第二年，即上年度）"
                         : "（第" + std::to_string(index + 1) + "列）";
    else
      row = "第" + std::to_string(index + 1) + "行";
    rest = rest.substr(close + 1);
  }
  std::string field;
  if (!rest.empty() && rest.front() == '.') {
    const std::string key = std::string(section) + std::string(rest);
    field = std::string(lookup(std::begin(kFields), std::end(kFields), key));
    if (field.empty()) field = std::string(rest.substr(1));
  }
  if (section == "basic" && !field.empty()) return "申请表「" + field + "」";
  return label + row + (field.empty() ? "" : "「" + field + "」");
}

}  // namespace sxpool
