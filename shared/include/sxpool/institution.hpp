#pragma once
#include "sxpool/enum_table.hpp"

namespace sxpool {

// 机构性质
enum class InstitutionNature {
  Unset,
  Enterprise,            // 企业 (91)
  IndividualBusiness,    // 个体工商户 (92)
  Cooperative,           // 农民专业合作社 (93)
  GovernmentOrgan,       // 机关 (11)
  PublicInstitution,     // 事业单位 (12)
  MassOrganization,      // 群众团体 (13)
  SocialOrganization,    // 社会团体 (51)
  PrivateNonEnterprise,  // 民办非企业单位（社会服务机构）(52)
  Foundation,            // 基金会 (53)
  Other,                 // 其他
};

template <>
struct EnumTable<InstitutionNature> {
  static constexpr EnumEntry<InstitutionNature> entries[] = {
      {InstitutionNature::Unset, "", "未填写"},
      {InstitutionNature::Enterprise, "enterprise", "企业"},
      {InstitutionNature::IndividualBusiness, "individual_business", "个体工商户"},
      {InstitutionNature::Cooperative, "cooperative", "农民专业合作社"},
      {InstitutionNature::GovernmentOrgan, "government_organ", "机关"},
      {InstitutionNature::PublicInstitution, "public_institution", "事业单位"},
      {InstitutionNature::MassOrganization, "mass_organization", "群众团体"},
      {InstitutionNature::SocialOrganization, "social_organization", "社会团体"},
      {InstitutionNature::PrivateNonEnterprise, "private_non_enterprise", "民办非企业单位（社会服务机构）"},
      {InstitutionNature::Foundation, "foundation", "基金会"},
      {InstitutionNature::Other, "other", "其他"},
  };
};

}  // namespace sxpool
