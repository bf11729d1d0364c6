#pragma once
// 主要服务方向 (附件2) and the 服务性质 / 服务类别 of 指南第九条.
#include "sxpool/enum_table.hpp"

namespace sxpool {

// 主要服务方向: at most two (6-3); Other needs its text.
enum class ServiceDirection {
  DigitalEmpowerment,    // 数字赋能
  FinancingPromotion,    // 融资促进
  TechInnovation,        // 技术创新
  ComplianceManagement,  // 合规管理
  InspectionTesting,     // 检验检测
  AchievementTransfer,   // 成果转化
  BrandPromotion,        // 品牌提升
  PolicyConsulting,      // 政策咨询
  HumanResources,        // 人力资源
  IntellectualProperty,  // 知识产权
  GoingGlobal,           // 出海服务
  Other,                 // 其他（文字描述）
};

template <>
struct EnumTable<ServiceDirection> {
  static constexpr EnumEntry<ServiceDirection> entries[] = {
      {ServiceDirection::DigitalEmpowerment, "digital", "数字赋能"},
      {ServiceDirection::FinancingPromotion, "financing", "融资促进"},
      {ServiceDirection::TechInnovation, "innovation", "技术创新"},
      {ServiceDirection::ComplianceManagement, "compliance", "合规管理"},
      {ServiceDirection::InspectionTesting, "testing", "检验检测"},
      {ServiceDirection::AchievementTransfer, "transfer", "成果转化"},
      {ServiceDirection::BrandPromotion, "brand", "品牌提升"},
      {ServiceDirection::PolicyConsulting, "policy", "政策咨询"},
      {ServiceDirection::HumanResources, "hr", "人力资源"},
      {ServiceDirection::IntellectualProperty, "ip", "知识产权"},
      {ServiceDirection::GoingGlobal, "global", "出海服务"},
      {ServiceDirection::Other, "other", "其他"},
  };
};

// 服务性质 (第九条)
enum class ServiceCharacter { PublicWelfare, Socialized };

template <>
struct EnumTable<ServiceCharacter> {
  static constexpr EnumEntry<ServiceCharacter> entries[] = {
      {ServiceCharacter::PublicWelfare, "public_welfare", "公益性服务机构"},
      {ServiceCharacter::Socialized, "socialized", "社会化服务机构"},
  };
};

// 服务类别 (第九条)
enum class ServiceClass {
  TechInnovation,        // 技术创新类
  HumanResources,        // 人力资源类
  ComplianceManagement,  // 合规管理类
  DigitalEmpowerment,    // 数字赋能类
  FinancingPromotion,    // 融资促进类
  BrandPromotion,        // 品牌提升类
  PolicyConsulting,      // 政策咨询类
  AchievementTransfer,   // 成果转化类
  InspectionTesting,     // 检验检测类
  Other,                 // 其他类
};

template <>
struct EnumTable<ServiceClass> {
  static constexpr EnumEntry<ServiceClass> entries[] = {
      {ServiceClass::TechInnovation, "innovation", "技术创新类"},
      {ServiceClass::HumanResources, "hr", "人力资源类"},
      {ServiceClass::ComplianceManagement, "compliance", "合规管理类"},
      {ServiceClass::DigitalEmpowerment, "digital", "数字赋能类"},
      {ServiceClass::FinancingPromotion, "financing", "融资促进类"},
      {ServiceClass::BrandPromotion, "brand", "品牌提升类"},
      {ServiceClass::PolicyConsulting, "policy", "政策咨询类"},
      {ServiceClass::AchievementTransfer, "transfer", "成果转化类"},
      {ServiceClass::InspectionTesting, "testing", "检验检测类"},
      {ServiceClass::Other, "other", "其他类"},
  };
};

}  // namespace sxpool
