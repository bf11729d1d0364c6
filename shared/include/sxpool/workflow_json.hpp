#pragma once
// JSON of a workflow case (for storage and the API); decoding never throws.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sxpool/json.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool {

inline constexpr std::string_view kWorkflowFormat = "sxpool.workflow/1";

struct WorkflowDecodeResult {
  WorkflowCase value;
  std::vector<JsonError> errors;
  bool ok() const { return errors.empty(); }
};

nlohmann::json workflowCaseToJson(const WorkflowCase& c);
WorkflowDecodeResult decodeWorkflowCase(const nlohmann::json& document);
nlohmann::json fieldCommentsToJson(const std::vector<FieldComment>& comments);

}  // namespace sxpool
