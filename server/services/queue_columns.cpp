#include "services/queue_columns.hpp"

#include <algorithm>

#include "services/units.hpp"
#include "sxpool/divisions.hpp"
#include "sxpool/routing.hpp"

namespace sxpool::services {

void copyQueueColumns(store::ApplicationRow& row, const Application& doc) {
  row.name = doc.basic.name;
  row.uscc = doc.basic.uscc;
  row.routingKind = std::string(codeOf(doc.routing.kind));
  row.routingUnit = doc.routing.unitCode;
  row.countyCode = doc.routing.kind == RoutingKind::County ? doc.routing.unitCode : "";
  row.cityCode = doc.routing.kind == RoutingKind::Unset ? "" : recommendingUnitOf(doc.routing);
  std::string directions = ",";
  for (auto d : doc.basic.directions) directions += std::string(codeOf(d)) + ",";
  row.directions = directions == "," ? "" : directions;
}

std::vector<std::string> viewerUnits(const WorkflowCase& c) {
  std::vector<std::string> candidates = {c.routing.unitCode, recommendingUnitOf(c.routing),
                                         std::string(kProvinceUnitCode)};
  std::vector<std::string> out;
  for (const auto& unit : candidates) {
    if (unit.empty()) continue;
    auto role = reviewerRoleOfUnit(unit);
    if (role && canView(c, Actor{*role, unit, ""}) && std::find(out.begin(), out.end(), unit) == out.end())
      out.push_back(unit);
  }
  return out;
}

std::vector<ServiceDirection> directionsFromColumn(const std::string& codes) {
  std::vector<ServiceDirection> out;
  size_t start = 0;
  while (start <= codes.size()) {
    size_t end = codes.find(',', start);
    if (end == std::string::npos) end = codes.size();
    if (auto d = fromCode<ServiceDirection>(std::string_view(codes).substr(start, end - start))) out.push_back(*d);
    start = end + 1;
  }
  return out;
}

}  // namespace sxpool::services
