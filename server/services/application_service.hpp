#pragma once
#include <nlohmann/json.hpp>
#include <optional>

#include "services/app_context.hpp"
#include "services/auth_service.hpp"
#include "services/case_records.hpp"
#include "sxpool/findings.hpp"

namespace sxpool::services {

// An applicant's application: the draft with revisions (409 on a stale base, idempotent saves), validation,
// submission with receipt numbers and immutable versions; and the read views reviewers share.
class ApplicationService {
 public:
  explicit ApplicationService(AppContext& ctx) : ctx_(ctx) {}

  // The applicant's application of the current round, created (as an empty draft) when missing.
  nlohmann::json openCurrent(const CurrentUser& user);
  nlohmann::json listMine(const CurrentUser& user);
  nlohmann::json detail(std::int64_t id, const CurrentUser& user);
  nlohmann::json draft(std::int64_t id, const CurrentUser& user);
  nlohmann::json saveDraft(std::int64_t id, const CurrentUser& user, const nlohmann::json& body);
  nlohmann::json validate(std::int64_t id, const CurrentUser& user);
  nlohmann::json submit(std::int64_t id, const CurrentUser& user, const nlohmann::json& body);
  nlohmann::json versions(std::int64_t id, const CurrentUser& user);
  nlohmann::json version(std::int64_t id, int number, const CurrentUser& user);
  nlohmann::json history(std::int64_t id, const CurrentUser& user);

  // Shared with the demo seeding: the application as submitted by `user`, in one transaction.
  nlohmann::json submitRecord(CaseRecord& rec, const CurrentUser& user, Date today);
  CaseRecord requireOwnEditable(std::int64_t id, const CurrentUser& user);

 private:
  // What a submission writes, worked out from the loaded case before the write lock is taken.
  struct PreparedSubmission {
    ActionRequest request;
    WorkflowCase next;
    std::string document;  // the immutable submitted copy
    nlohmann::json warnings;
    size_t removals = 0;  // 第十二条 removal rows of the USCC the validation saw
  };
  PreparedSubmission prepareSubmission(const CaseRecord& rec, const CurrentUser& user, Date today);
  bool unchangedSince(const CaseRecord& rec, const PreparedSubmission& prepared);
  nlohmann::json writeSubmission(CaseRecord& rec, const PreparedSubmission& prepared, const CurrentUser& user);
  // Ownership, state and revision; the earlier receipt when this is a retry of a submitted revision.
  std::optional<nlohmann::json> submissionGate(const CaseRecord& rec, const CurrentUser& user,
                                               const nlohmann::json& body);
  nlohmann::json draftJson(const CaseRecord& rec);
  Findings findingsFor(const Application& doc, Date date);

  AppContext& ctx_;
};

std::string canonicalDraft(Application doc);  // materials and the reviewer's 推荐意见 left out
bool isEditable(WorkflowState state);

}  // namespace sxpool::services
