#pragma once
// What the queue's columns and the visibility table hold of an application, derived from its document and case.
#include <string>
#include <vector>

#include "store/records.hpp"
#include "sxpool/application.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::services {

// name, USCC, routing and directions copied from the document into the queue's columns.
void copyQueueColumns(store::ApplicationRow& row, const Application& doc);
// The review units that may see the case (the domain's canView over the candidate units).
std::vector<std::string> viewerUnits(const WorkflowCase& c);
// The directions column (",digital,policy,") read back; unknown codes are left out.
std::vector<ServiceDirection> directionsFromColumn(const std::string& codes);

}  // namespace sxpool::services
