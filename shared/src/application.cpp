// Member-wise equality (C++17 has no defaulted operator==); used by the JSON round-trip guarantee.
#include "sxpool/application.hpp"

#include <tuple>

namespace sxpool {
namespace {
auto key(const BasicInfo& b) {
  return std::tie(b.name, b.nature, b.address, b.postalCode, b.legalRepresentative, b.foundedOn, b.uscc,
                  b.usccManualReview, b.registeredCapital, b.contactName, b.contactPhone, b.email, b.employeeCount,
                  b.qualifiedStaffCount, b.expertCount, b.partnerCount, b.serviceAssets, b.serviceArea, b.directions,
                  b.otherDirection, b.activities, b.fillDate);
}
}  // namespace

bool BasicInfo::operator==(const BasicInfo& o) const { return key(*this) == key(o); }
bool YearOperations::operator==(const YearOperations& o) const {
  return std::tie(year, revenue, profit, enterprisesServed, activityCount) ==
         std::tie(o.year, o.revenue, o.profit, o.enterprisesServed, o.activityCount);
}
bool Overview::operator==(const Overview& o) const {
  return std::tie(basics, history, products, achievements) == std::tie(o.basics, o.history, o.products, o.achievements);
}
bool ServiceProduct::operator==(const ServiceProduct& o) const {
  return std::tie(name, content, application) == std::tie(o.name, o.content, o.application);
}
bool StaffMember::operator==(const StaffMember& o) const {
  return std::tie(name, position, title, titleName, education, hasContract) ==
         std::tie(o.name, o.position, o.title, o.titleName, o.education, o.hasContract);
}
bool ServedEnterprise::operator==(const ServedEnterprise& o) const {
  return std::tie(name, year, nature, satisfaction) == std::tie(o.name, o.year, o.nature, o.satisfaction);
}
bool TypicalCase::operator==(const TypicalCase& o) const {
  return std::tie(title, enterprise, content, effect) == std::tie(o.title, o.enterprise, o.content, o.effect);
}
bool Expert::operator==(const Expert& o) const {
  return std::tie(name, title, titleName, field, employer, hasAgreement) ==
         std::tie(o.name, o.title, o.titleName, o.field, o.employer, o.hasAgreement);
}
bool Partner::operator==(const Partner& o) const {
  return std::tie(name, uscc, kind, agreementSigned, agreementDate) ==
         std::tie(o.name, o.uscc, o.kind, o.agreementSigned, o.agreementDate);
}
bool Material::operator==(const Material& o) const {
  return std::tie(kind, fileName, sizeBytes, contentType, sha256) ==
         std::tie(o.kind, o.fileName, o.sizeBytes, o.contentType, o.sha256);
}
bool Commitments::operator==(const Commitments& o) const {
  return std::tie(political, credit) == std::tie(o.political, o.credit);
}
bool Declaration::operator==(const Declaration& o) const {
  return std::tie(confirmed, legalRepresentative, date) == std::tie(o.confirmed, o.legalRepresentative, o.date);
}
bool Routing::operator==(const Routing& o) const {
  return std::tie(kind, unitCode, unitName) == std::tie(o.kind, o.unitCode, o.unitName);
}
bool Recommendation::operator==(const Recommendation& o) const {
  return std::tie(opinion, unitName, date) == std::tie(o.opinion, o.unitName, o.date);
}
bool Application::operator==(const Application& o) const {
  return std::tie(basic, operations, overview, products, staff, enterpriseCount, enterprises, cases, experts, partners,
                  materials, commitments, declaration, routing, recommendation) ==
         std::tie(o.basic, o.operations, o.overview, o.products, o.staff, o.enterpriseCount, o.enterprises, o.cases,
                  o.experts, o.partners, o.materials, o.commitments, o.declaration, o.routing, o.recommendation);
}

}  // namespace sxpool
