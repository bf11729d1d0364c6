#pragma once
// Review actions on the wire: one action, a bulk pass/return, the 公示 batch (docs/api.md "Review").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/codec.hpp"
#include "sxpool/api/pool.hpp"
#include "sxpool/date.hpp"
#include "sxpool/management.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

// POST /api/v1/applications/{id}/actions (named apart from the workflow's sxpool::ActionRequest, which it becomes
// with the actor, routing and date added). Submitting is not an action of this route (→ …/submit).
struct ActionBody {
  Action action = Action::Pass;
  std::string reason;
  std::vector<FieldComment> comments;  // return
  std::string recommendation;          // 推荐意见
  std::optional<SpotCheck> spotCheck;
  bool objectionUpheld = false;
  std::optional<RemovalReason> removalReason;
  // admit (指南第九条): the province's 服务性质 and 服务类别; when absent, the suggestion from the directions.
  std::optional<ClassificationChoice> classification;

  // The workflow's request; the server adds the actor, the routing and today.
  sxpool::ActionRequest toWorkflow(Date date) const;
};

std::string encode(const ActionBody& request);
Parsed<ActionBody> decodeActionBody(std::string_view body);

struct ActionResult {
  std::int64_t id = 0;
  WorkflowState state = WorkflowState::Draft;
  std::string holdingUnit;
  std::string nextStep;   // the applicant's next step, in Chinese
  WorkflowCase workflow;  // as sxpool/workflow_json.hpp writes it
};

std::string encode(const ActionResult& result);
Parsed<ActionResult> decodeActionResult(std::string_view body);

// One element of "ids" as it was sent: a whole number, or anything else (answered with 400, echoed back).
struct SentId {
  std::optional<std::int64_t> id;
  std::string sentJson;  // the element's JSON text when it is not a whole number

  static SentId of(std::int64_t value) { return {value, {}}; }
};

// POST /api/v1/actions/bulk: pass or return, with the payload of an action, for 1–500 applications.
struct BulkRequest {
  ActionBody payload;
  std::vector<SentId> ids;
};

std::string encode(const BulkRequest& request);
Parsed<BulkRequest> decodeBulkRequest(std::string_view body);

struct BulkOutcome {
  SentId id;
  bool ok = false;
  WorkflowState state = WorkflowState::Draft;  // when ok
  int status = 0;                              // otherwise: the HTTP status, error code and message it would get
  std::string error;
  std::string message;
};

struct BulkResult {
  int done = 0;
  int failed = 0;
  std::vector<BulkOutcome> results;  // in the order of the ids
};

std::string encode(const BulkResult& result);
Parsed<BulkResult> decodeBulkResult(std::string_view body);

// POST /api/v1/publicity: one 公示 batch, all or nothing.
struct PublicityRequest {
  std::vector<std::int64_t> ids;
  std::optional<Date> startDate;  // default: today
};

std::string encode(const PublicityRequest& request);
Parsed<PublicityRequest> decodePublicityRequest(std::string_view body);

struct PublicityResult {
  struct Entry {
    std::int64_t id = 0;
    WorkflowState state = WorkflowState::InPublicity;
  };
  std::int64_t batchId = 0;
  std::optional<Date> startDate;
  std::optional<Date> endDate;  // the fifth working day, inclusive
  std::vector<Entry> results;
};

std::string encode(const PublicityResult& result);
Parsed<PublicityResult> decodePublicityResult(std::string_view body);

}  // namespace sxpool::api
