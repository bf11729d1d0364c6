#pragma once
// Bodies every part of /api/v1 shares: the error body, a workflow state, the health reply.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

// One field-level problem of an error body. `rule` and `severity` are there when a validation finding is the cause
// (422 validation_failed); both are left out of the JSON otherwise.
struct ErrorField {
  std::string path;
  std::string message;
  std::string rule;
  std::optional<Severity> severity;

  bool operator==(const ErrorField& o) const {
    return path == o.path && message == o.message && rule == o.rule && severity == o.severity;
  }
};

// Every refusal: {"error": code, "message": 中文, "fields": [...]}; a 429 adds "retryAfterSeconds".
struct ErrorBody {
  std::string error;
  std::string message;
  std::vector<ErrorField> fields;
  std::optional<std::int64_t> retryAfterSeconds;
};

ErrorField errorField(const Finding& finding);
ErrorField errorField(const FieldError& error);

// {"code": "at_county", "label": "县级初审中"}.
struct StateView {
  WorkflowState code = WorkflowState::Draft;
  std::string label;

  bool operator==(const StateView& o) const { return code == o.code && label == o.label; }
};
StateView stateView(WorkflowState state);

// GET /health.
struct HealthReply {
  std::string status;
  std::string system;
  std::string version;
};

std::string encode(const ErrorBody& body);
Parsed<ErrorBody> decodeErrorBody(std::string_view text);
std::string encode(const HealthReply& reply);
Parsed<HealthReply> decodeHealthReply(std::string_view text);

}  // namespace sxpool::api
