#include "sxpool/summary.hpp"

namespace sxpool {

std::string directionsText(const BasicInfo& b) {
  std::string out;
  for (ServiceDirection d : b.directions) {
    if (!out.empty()) out += "、";
    out += std::string(labelOf(d));
    if (d == ServiceDirection::Other && !b.otherDirection.empty()) out += "（" + b.otherDirection + "）";
  }
  return out;
}

SummaryRow summaryRow(const Application& app, int index, const RoundSettings& round) {
  const BasicInfo& b = app.basic;
  SummaryRow r;
  r.index = index;
  r.name = b.name;
  r.institutionType = b.nature == InstitutionNature::Unset ? std::string() : std::string(labelOf(b.nature));
  r.founded = b.foundedOn ? formatDate(*b.foundedOn) : std::string();
  for (const auto& op : app.operations)
    if (op.year == round.previousYear() && op.revenue) r.lastYearRevenue = formatMoney(*op.revenue);
  r.serviceAssets = b.serviceAssets ? formatMoney(*b.serviceAssets) : std::string();
  r.staffCount = b.employeeCount ? std::to_string(*b.employeeCount) : std::string();
  r.directions = directionsText(b);
  r.contactName = b.contactName;
  r.contactPhone = b.contactPhone;
  return r;
}

std::array<std::string, 10> SummaryRow::cells() const {
  return {std::to_string(index), name,       institutionType, founded,     lastYearRevenue,
          serviceAssets,         staffCount, directions,      contactName, contactPhone};
}

}  // namespace sxpool
