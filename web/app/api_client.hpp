#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/draft_remote.hpp"
#include "app/glyph_set.hpp"
#include "platform/http_client.hpp"
#include "sxpool/api/accounts.hpp"
#include "sxpool/api/application.hpp"
#include "sxpool/api/audit.hpp"
#include "sxpool/api/common.hpp"
#include "sxpool/api/draft.hpp"
#include "sxpool/api/inbox.hpp"
#include "sxpool/api/pool.hpp"
#include "sxpool/api/publicity.hpp"
#include "sxpool/api/queue.hpp"
#include "sxpool/api/reports.hpp"
#include "sxpool/api/review.hpp"
#include "sxpool/api/round.hpp"
#include "sxpool/api/rounds.hpp"
#include "sxpool/api/session.hpp"

namespace sxpool::web {

// One answer of the server's JSON API (docs/api.md): the status, and for errors the Chinese message and the
// field-level details of the error body. Bodies arrive decoded into their sxpool/api types.
struct ApiResult {
  int status = 0;       // 0: no answer
  std::string error;    // the stable error code
  std::string message;  // Chinese: what went wrong and how to fix it
  std::vector<api::ErrorField> fields;
  bool ok() const { return status >= 200 && status < 300 && error.empty(); }
};

// A file to download (platform/download_port.hpp): its address, and a name in case the answer names none.
struct DownloadRequest {
  std::string path;
  std::string fallbackName;
};
enum class BookFile { Docx, Pdf };

// The app's only way to the server: paths and methods of /api/v1 live here and nowhere else; bodies are the
// wire vocabulary's (sxpool/api), encoded and decoded by its codecs.
class ApiClient {
 public:
  template <class T>
  using Reply = std::function<void(const ApiResult&, const T&)>;  // T is default-made unless the result is ok
  using Done = std::function<void(const ApiResult&)>;
  ApiClient(HttpClient& http, GlyphSet& glyphs) : http_(http), glyphs_(glyphs) {}

  void health(Reply<api::HealthReply> done);
  void round(Reply<api::RoundInfo> done);
  void units(Reply<api::UnitList> done);
  void registerApplicant(const api::RegistrationRequest& form, Done done);
  void signIn(const api::SignInRequest& request, Reply<api::SessionReply> done);
  void signOut(Done done);
  void currentSession(Reply<api::SessionReply> done);
  void openCurrentApplication(Reply<api::ApplicationDetail> done);  // creates this round's application on first use
  void application(long id, Reply<api::ApplicationDetail> done);
  void inbox(Reply<api::InboxReply> done);
  void queue(const api::QueueQuery& query, Reply<api::QueuePage> done);
  // The admitted pool (api_client_pool.cpp, 指南第九、十二、十三条): the list, each institution's classification, its
  // annual evaluations, its products and cases, and the import of the institutions admitted in 2025.
  void pool(Reply<api::PoolList> done);
  void classification(long id, Reply<api::ClassificationView> done);
  void updateClassification(long id, const api::ClassificationUpdate& body, Reply<api::ClassificationView> done);
  void evaluations(long id, Reply<api::EvaluationList> done);
  void recordEvaluation(long id, const api::EvaluationBody& body, Reply<api::EvaluationList> done);
  // A CSV with problems answers 422 with the line-numbered errors in the result (nothing was created).
  void importPool(const api::ImportRequest& request, Reply<api::ImportResult> done);
  void poolProfile(long id, Reply<api::PoolProfile> done);
  void savePoolProfile(const api::PoolProfile& profile, Reply<api::PoolProfile> done);
  // The reviewer's case and actions (docs/api.md "Review").
  void history(long id, Reply<api::HistoryReply> done);
  void validate(long id, Reply<api::ValidateReply> done);
  void version(long id, int version, Reply<api::VersionReply> done);
  void act(long id, const api::ActionBody& body, Reply<api::ActionResult> done);
  void bulk(const api::BulkRequest& request, Reply<api::BulkResult> done);
  void publish(const api::PublicityRequest& request, Reply<api::PublicityResult> done);
  void markInboxRead(long messageId, Done done);                                     // POST /inbox/{id}/read
  void withdraw(long id, const std::string& reason, Reply<api::ActionResult> done);  // the applicant's action
  void submit(long id, long draftRevision, Reply<api::Receipt> done);
  void removeAttachment(long id, long attachmentId, Done done);
  void draft(long id, Reply<api::DraftReply> done);
  // Documents (api_client_documents.cpp). `version` absent: the owner's draft, for others the latest submission.
  static DownloadRequest applicationDocument(long id, BookFile format, std::optional<int> version);
  static DownloadRequest materialsArchive(long id);
  static DownloadRequest recommendationSummary(const std::string& unitCode, std::optional<int> round);
  static DownloadRequest queueCsv(const api::QueueQuery& filters);  // every page with these filters
  static DownloadRequest publicityCsv(long batchId);
  static DownloadRequest poolCsv();
  void publicityBatches(Reply<api::PublicityBatchList> done);
  // A 409 draft_conflict answers with the server's copy in `conflict`.
  void saveDraft(long id, const api::SaveDraftRequest& request,
                 std::function<void(const ApiResult&, const api::DraftReply&, const api::DraftConflict&)> done);
  // Accounts (admin), one's own password, the audit log.
  void users(const api::UserListQuery& query, Reply<api::UserList> done);
  void createUser(const api::NewUserRequest& request, Reply<api::SessionReply> done);
  void setUserDisabled(std::int64_t id, bool disabled, Reply<api::SessionReply> done);
  void resetPassword(std::int64_t id, const api::PasswordResetRequest& request, Reply<api::SessionReply> done);
  void changePassword(const api::PasswordChangeRequest& request, Reply<api::SessionReply> done);
  void audit(const api::AuditQuery& query, Reply<api::AuditReply> done);
  // Rounds and holiday calendars (admin; the province reads).
  void rounds(Reply<api::RoundList> done);
  void saveRound(bool create, const RoundSettings& settings, Reply<api::RoundView> done);  // POST or PUT
  void setRoundOpen(int year, bool open, Reply<api::RoundView> done);
  void loadCalendar(int year, const api::CalendarUpload& upload, Reply<api::CalendarView> done);
  // Reports after admission (docs/api.md "Reports after admission", api_client_reports.cpp).
  void myReports(Reply<api::MyReports> done);
  void fileServiceReport(long id, const api::ServiceReportBody& body, Done done);
  void reportsOverview(const std::string& due, Reply<api::ReportsOverview> done);  // due "": the default period
  void reportNotices(Reply<api::NoticeLists> done);
  void publishNotices(Done done);
  void decideProposal(long id, const api::ProposalDecisionBody& body, Done done);
  void fileChangeReport(long id, const api::ChangeReportBody& body, Done done);
  void changeReports(Reply<api::ChangeReportList> done);
  void decideChange(long changeId, const api::ChangeDecisionBody& body, Done done);

 private:
  void call(const std::string& method, const std::string& path, const std::string& body,
            std::function<void(const ApiResult&, const std::string& body)> done);
  // An ok answer decoded into T; one that does not decode means the client and server disagree on the format.
  template <class T>
  void typed(const std::string& method, const std::string& path, const std::string& body,
             api::Parsed<T> (*decode)(std::string_view), Reply<T> done) {
    call(method, path, body, [decode, done](const ApiResult& r, const std::string& text) {
      if (!r.ok()) return done(r, T{});
      auto parsed = decode(text);
      if (parsed) return done(r, *parsed);
      done(unreadable(r), T{});
    });
  }
  static ApiResult unreadable(ApiResult r);

  HttpClient& http_;
  GlyphSet& glyphs_;
};

// Draft sync's server side over the API: GET/PUT /api/v1/applications/{id}/draft.
class ApiDraftRemote final : public DraftRemote {
 public:
  ApiDraftRemote(ApiClient& api, long applicationId) : api_(api), id_(applicationId) {}
  void fetchDraft(std::function<void(const RemoteReply&)> done) override;
  void saveDraft(long baseRevision, const Application& document, std::function<void(const RemoteReply&)> done) override;

 private:
  ApiClient& api_;
  long id_;
};

}  // namespace sxpool::web
