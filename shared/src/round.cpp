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

}  // namespace sxpool
