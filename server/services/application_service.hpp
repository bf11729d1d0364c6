#pragma once
#include <optional>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/case_records.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/findings.hpp"
#include "sxpool/management.hpp"

namespace sxpool::services {

// An applicant's application: the draft with revisions (409 on a stale base, idempotent saves), validation,
// submission with receipt numbers and immutable versions; and the read views reviewers share.
class ApplicationService {
 public:
  explicit ApplicationService(AppContext& ctx) : ctx_(ctx) {}

  // The applicant's application of the current round, created (as an empty draft) when missing.
  api::ApplicationDetail openCurrent(const CurrentUser& user);
  api::ApplicationList listMine(const CurrentUser& user);
  api::ApplicationDetail detail(std::int64_t id, const CurrentUser& user);
  api::DraftReply draft(std::int64_t id, const CurrentUser& user);
  // 422 invalid_document when the request's document had field errors; 409 draft_conflict on a stale base.
  api::DraftReply saveDraft(std::int64_t id, const CurrentUser& user, const api::SaveDraftRequest& request);
  api::ValidateReply validate(std::int64_t id, const CurrentUser& user);
  api::Receipt submit(std::int64_t id, const CurrentUser& user, const api::SubmitRequest& request);
  api::VersionList versions(std::int64_t id, const CurrentUser& user);
  api::VersionReply version(std::int64_t id, int number, const CurrentUser& user);
  api::HistoryReply history(std::int64_t id, const CurrentUser& user);

  // Shared with the demo seeding: the application as submitted by `user`, in one transaction.
  api::Receipt submitRecord(CaseRecord& rec, const CurrentUser& user, Date today);
  CaseRecord requireOwnEditable(std::int64_t id, const CurrentUser& user);

 private:
  // What a submission writes, worked out from the loaded case before the write lock is taken.
  struct PreparedSubmission {
    ActionRequest request;
    WorkflowCase next;
    std::string document;  // the immutable submitted copy
    Findings warnings;
    size_t removals = 0;  // 第十二条 removal rows of the USCC the validation saw
  };
  PreparedSubmission prepareSubmission(const CaseRecord& rec, const CurrentUser& user, Date today);
  bool unchangedSince(const CaseRecord& rec, const PreparedSubmission& prepared);
  api::Receipt writeSubmission(CaseRecord& rec, const PreparedSubmission& prepared, const CurrentUser& user);
  // Ownership, state and revision; the earlier receipt when this is a retry of a submitted revision.
  std::optional<api::Receipt> submissionGate(const CaseRecord& rec, const CurrentUser& user,
                                             const api::SubmitRequest& request);
  api::DraftReply draftReply(const CaseRecord& rec);
  std::vector<api::VersionInfo> versionInfos(std::int64_t id);
  Findings findingsFor(const Application& doc, int roundYear, Date date);
  Findings findingsFor(const Application& doc, int roundYear, Date date, const std::vector<RemovalRecord>& removals);

  AppContext& ctx_;
};

std::string canonicalDraft(Application doc);  // materials and the reviewer's 推荐意见 left out
bool isEditable(WorkflowState state);

}  // namespace sxpool::services
