#pragma once
// JSON of a workflow case (for storage and the API); decoding never throws.
#include <optional>
#include <string>
#include <string_view>
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

// The same as text, for storage: the case, a list of field comments (an inbox entry's), and the detail of a
// workflow action's audit row ({"comments": [...]}; other rows hold {}).
std::string encodeWorkflowCase(const WorkflowCase& c);
WorkflowDecodeResult decodeWorkflowCaseText(std::string_view text);
std::string encodeFieldComments(const std::vector<FieldComment>& comments);
std::string encodeActionDetail(const std::vector<FieldComment>& comments);
// The comments of such a detail; nullopt when it holds none (or is not such a text).
std::optional<std::vector<FieldComment>> decodeActionDetail(std::string_view text);

}  // namespace sxpool
