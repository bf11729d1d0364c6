#include "sxpool/round.hpp"

namespace sxpool {

std::map<ServiceDirection, ServiceClass> RoundSettings::defaultDirectionClasses() {
  return {
      {ServiceDirection::DigitalEmpowerment, ServiceClass::DigitalEmpowerment},
      {ServiceDirection::FinancingPromotion, ServiceClass::FinancingPromotion},
      {ServiceDirection::TechInnovation, ServiceClass::TechInnovation},
      {ServiceDirection::ComplianceManagement, ServiceClass::ComplianceManagement},
      {ServiceDirection::InspectionTesting, ServiceClass::InspectionTesting},
      {ServiceDirection::AchievementTransfer, ServiceClass::AchievementTransfer},
      {ServiceDirection::BrandPromotion, ServiceClass::BrandPromotion},
      {ServiceDirection::PolicyConsulting, ServiceClass::PolicyConsulting},
      {ServiceDirection::HumanResources, ServiceClass::HumanResources},
      {ServiceDirection::IntellectualProperty, ServiceClass::Other},  // [interpretation] 第九条 has no 知识产权类
      {ServiceDirection::GoingGlobal, ServiceClass::Other},  // [interpretation] 第九条 has no 出海服务类
      {ServiceDirection::Other, ServiceClass::Other},
  };
}

ServiceClass RoundSettings::classOf(ServiceDirection d) const {
  const auto it = directionClass.find(d);
  return it == directionClass.end() ? ServiceClass::Other : it->second;
}

RoundSettings round2026() { return RoundSettings{}; }

std::vector<std::string> roundSettingsProblems(const RoundSettings& r) {
  std::vector<std::string> out;
  auto atLeast = [&](int value, int min, const char* what) {
    if (value < min) out.push_back(std::string(what) + "不能小于" + std::to_string(min) + "，请修改");
  };
  if (r.year < 2000 || r.year > 2100) out.push_back("年度应在2000–2100之间，如2027");
  if (!r.opensOn.valid()) out.push_back("请填写开始受理日期（YYYY-MM-DD）");
  if (!r.deadline.valid()) out.push_back("请填写报送截止日期（YYYY-MM-DD）");
  if (r.opensOn.valid() && r.deadline.valid() && r.deadline < r.opensOn)
    out.push_back("报送截止日期" + formatDate(r.deadline) + "早于开始受理日期" + formatDate(r.opensOn) + "，请修改");
  if (r.deadline.valid() && r.deadline.year != r.year)
    out.push_back("报送截止日期应在" + std::to_string(r.year) + "年内（本轮年度）");
  atLeast(r.minYearsSinceFounding, 0, "成立年限");       // 指南第六条（二）
  atLeast(r.maxDirections, 1, "可选服务方向数");         // 指南第六条（三）
  atLeast(r.minSeniorExperts, 0, "副高级以上专家人数");  // 指南第六条（四）
  atLeast(r.minExperts, 0, "专家总人数");                // 指南第六条（四）
  atLeast(r.minPartners, 0, "合作机构数");               // 指南第六条（四）
  atLeast(r.minServedEnterprises, 0, "服务企业数");      // 指南第六条（六）
  atLeast(r.minTypicalCases, 0, "典型案例最少数");       // 指南第七条
  if (r.maxTypicalCases < r.minTypicalCases) out.push_back("典型案例最多数不能小于最少数，请修改");
  atLeast(r.publicityWorkingDays, 1, "公示工作日数");         // 指南第八条（四）
  atLeast(r.missesForNotice, 1, "通报所需连续未报送周期数");  // 指南第十条
  if (r.missesForRemoval < r.missesForNotice) out.push_back("移出所需连续未报送周期数不能小于通报所需周期数");
  atLeast(r.changeReportMonths, 1, "重大变化报告期限（月）");  // 指南第十一条
  atLeast(r.reentryBanYears, 0, "不得再次入库年限");           // 指南第十二条
  return out;
}

}  // namespace sxpool
