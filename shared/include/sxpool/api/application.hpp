#pragma once
// Applications: the applicant's list, the detail, versions, validation, submission and its receipt, history.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sxpool/api/common.hpp"
#include "sxpool/api/material.hpp"
#include "sxpool/application.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/workflow.hpp"

namespace sxpool::api {

// GET /applications: one row of the applicant's list.
struct ApplicationSummary {
  std::int64_t id = 0;
  int roundYear = 0;
  std::string name;
  StateView state;
  std::optional<std::string> receiptNo;
  int currentVersion = 0;
  std::int64_t draftRevision = 0;
  std::int64_t updatedAt = 0;
};
struct ApplicationList {
  std::vector<ApplicationSummary> items;
};

// One submitted version (immutable).
struct VersionInfo {
  int version = 0;
  std::string receiptNo;
  std::int64_t submittedAt = 0;

  bool operator==(const VersionInfo& o) const {
    return version == o.version && receiptNo == o.receiptNo && submittedAt == o.submittedAt;
  }
};
struct VersionList {
  std::vector<VersionInfo> items;
};
// GET …/versions/{n}.
struct VersionReply {
  VersionInfo info;  // "version", "receiptNo", "submittedAt" at the top level
  Application document;
};

// GET /applications/{id} and POST /applications. The owner sees its draft as `document`, reviewers the latest
// submitted version; `materials` are the current uploads; `availableActions` what the caller may do now.
struct ApplicationDetail {
  std::int64_t id = 0;
  int roundYear = 0;
  std::string name;
  std::string uscc;
  StateView state;
  bool editable = false;
  std::optional<std::string> receiptNo;
  int currentVersion = 0;
  std::int64_t draftRevision = 0;
  std::int64_t updatedAt = 0;
  std::string holdingUnit;
  std::string holdingUnitName;
  std::string nextStep;
  WorkflowCase workflow;
  Application document;
  std::vector<MaterialView> materials;
  std::vector<VersionInfo> versions;
  std::vector<Action> availableActions;
};

// POST …/validate.
struct ValidateReply {
  bool ok = false;
  Findings findings;
};

// POST …/submit. `revision`: refuse if the draft has moved on; a retry of a submitted revision gets its receipt.
struct SubmitRequest {
  std::optional<std::int64_t> revision;
};

struct Receipt {
  std::int64_t applicationId = 0;
  std::string receiptNo;
  int version = 0;
  StateView state;
  std::int64_t submittedAt = 0;
  std::string nextStep;
  Findings warnings;
  bool repeated = false;  // a retry answered with the earlier receipt ("repeated": true, absent otherwise)
};

// GET …/history: the application's audit rows, oldest first, and its workflow case.
struct HistoryItem {
  std::int64_t at = 0;
  std::string account;
  std::string unitCode;
  std::string unitName;
  std::string event;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::string comment;
  // "detail": {"comments": [...]} for a workflow action, {} for other events.
  std::optional<std::vector<FieldComment>> comments;
};
struct HistoryReply {
  std::vector<HistoryItem> items;
  WorkflowCase workflow;
};

std::string encode(const ApplicationList& list);
Parsed<ApplicationList> decodeApplicationList(std::string_view text);
std::string encode(const ApplicationDetail& detail);
Parsed<ApplicationDetail> decodeApplicationDetail(std::string_view text);
std::string encode(const VersionList& list);
Parsed<VersionList> decodeVersionList(std::string_view text);
std::string encode(const VersionReply& reply);
Parsed<VersionReply> decodeVersionReply(std::string_view text);
std::string encode(const ValidateReply& reply);
Parsed<ValidateReply> decodeValidateReply(std::string_view text);
std::string encode(const SubmitRequest& request);
Parsed<SubmitRequest> decodeSubmitRequest(std::string_view text);
std::string encode(const Receipt& receipt);
Parsed<Receipt> decodeReceipt(std::string_view text);
std::string encode(const HistoryReply& reply);
Parsed<HistoryReply> decodeHistoryReply(std::string_view text);

}  // namespace sxpool::api
