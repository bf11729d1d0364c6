#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "store/sqlite_db.hpp"
#include "store/store.hpp"

namespace sxpool::store {

// SQLite in one file (DATA_DIR/sxpool.db), WAL + synchronous=FULL. Each thread gets its own connection;
// writers take one process-wide lock, so a write transaction never waits on SQLITE_BUSY.
// One source file per group of tables (the comments below); every write method takes writeMutex_.
class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::string path);  // opens, applies pending migrations
  ~SqliteStore() override;

  static constexpr const char* kFileName = "sxpool.db";
  const std::string& path() const { return path_; }
  int schemaVersion();

  // sqlite_store.cpp: connections, migrations, transactions, backup
  void transaction(const std::function<void()>& body) override;
  void savepoint(const std::function<void()>& body) override;
  void backupTo(const std::string& path) override;
  // PRAGMA integrity_check and foreign_key_check: empty when the file is sound, else what SQLite reports.
  std::vector<std::string> integrityProblems();

  // sqlite/attachments.cpp: every row, removed ones too (for `sxpool check`)
  std::vector<AttachmentRow> allAttachments();

  // sqlite/units_meta.cpp
  std::optional<std::string> meta(const std::string& key) override;
  void setMeta(const std::string& key, const std::string& value) override;
  std::int64_t nextSequence(const std::string& name) override;

  void upsertUnit(const UnitRow& unit) override;
  std::vector<UnitRow> units() override;
  std::optional<UnitRow> unit(const std::string& code) override;

  // sqlite/accounts.cpp
  std::int64_t insertUser(const UserRow& user) override;
  std::optional<UserRow> userByAccount(const std::string& account) override;
  std::optional<UserRow> userById(std::int64_t id) override;
  std::vector<UserRow> users() override;
  void setLoginState(std::int64_t userId, int failedLogins, std::int64_t lockedUntil) override;
  std::vector<UserRow> users(const UserFilter& filter) override;
  void setDisabled(std::int64_t userId, bool disabled) override;
  void setPassword(std::int64_t userId, const std::string& passwordHash, bool mustChange) override;
  void deleteSessionsOf(std::int64_t userId) override;

  void insertSession(const SessionRow& session) override;
  std::optional<SessionRow> session(const std::string& tokenHash) override;
  bool touchSession(const std::string& tokenHash, std::int64_t now) override;
  void deleteSession(const std::string& tokenHash) override;

  // sqlite/applications.cpp
  std::int64_t insertApplication(const ApplicationRow& row) override;
  std::optional<ApplicationRow> application(std::int64_t id) override;
  std::optional<ApplicationRow> applicationOf(std::int64_t ownerId, int roundYear) override;
  std::vector<ApplicationRow> applicationsOf(std::int64_t ownerId) override;
  std::vector<ApplicationRow> applicationsByUscc(const std::string& uscc) override;
  void updateApplication(const ApplicationRow& row) override;
  void setViewers(std::int64_t applicationId, const std::vector<std::string>& unitCodes, const std::string& state,
                  std::int64_t updatedAt) override;
  void insertVersion(const VersionRow& row) override;
  std::vector<VersionRow> versions(std::int64_t applicationId) override;
  std::optional<VersionRow> version(std::int64_t applicationId, int version) override;

  // sqlite/queue.cpp
  QueuePage queue(const QueueQuery& query) override;
  std::map<std::string, std::int64_t> stateCounts(const std::optional<std::string>& viewerUnit) override;

  // sqlite/attachments.cpp
  std::int64_t insertAttachment(const AttachmentRow& row) override;
  std::vector<AttachmentRow> attachments(std::int64_t applicationId, bool includeRemoved) override;
  void markAttachmentRemoved(std::int64_t attachmentId, std::int64_t at) override;

  // sqlite/audit_inbox.cpp
  void appendAudit(const AuditRow& row) override;
  std::vector<AuditRow> audit(std::optional<std::int64_t> applicationId, int limit) override;
  std::vector<AuditRow> audit(const AuditFilter& filter) override;

  std::int64_t insertInbox(const InboxRow& row) override;
  std::vector<InboxRow> inbox(std::int64_t userId, int limit) override;
  bool markInboxRead(std::int64_t userId, std::int64_t id) override;

  void insertRemoval(const RemovalRow& row) override;
  std::vector<RemovalRow> removals(const std::string& uscc) override;

  std::int64_t insertPublicityBatch(const std::string& startOn, const std::string& endOn, std::int64_t createdBy,
                                    std::int64_t at) override;
  std::optional<std::pair<std::string, std::string>> publicityBatch(std::int64_t id) override;
  std::vector<PublicityBatchRow> publicityBatches() override;
  std::vector<PublicityMemberRow> publicityMembers() override;

  // sqlite/pool.cpp
  void upsertClassification(const ClassificationRow& row) override;
  std::optional<ClassificationRow> classification(std::int64_t applicationId) override;
  std::vector<AdmittedRow> admittedInstitutions() override;
  void upsertEvaluation(const EvaluationRow& row) override;
  std::vector<EvaluationRow> evaluations(std::int64_t applicationId) override;
  void upsertPoolProfile(const PoolProfileRow& row) override;
  std::optional<PoolProfileRow> poolProfile(std::int64_t applicationId) override;

  // sqlite/rounds.cpp
  void upsertRound(const RoundRow& row) override;
  std::vector<RoundRow> rounds() override;
  void upsertHolidayCalendar(const HolidayCalendarRow& row) override;
  std::vector<HolidayCalendarRow> holidayCalendars() override;
  // sqlite/reports.cpp
  std::vector<ApplicationRow> applicationsInState(const std::string& state) override;
  std::int64_t insertServiceReport(const ServiceReportRow& row) override;
  std::vector<ServiceReportRow> serviceReports(std::optional<std::int64_t> applicationId) override;
  std::int64_t insertNoticeList(const NoticeListRow& row) override;
  std::vector<NoticeListRow> noticeLists() override;
  std::int64_t insertChangeReport(const ChangeReportRow& row) override;
  std::optional<ChangeReportRow> changeReport(std::int64_t id) override;
  std::vector<ChangeReportRow> changeReports(std::optional<std::int64_t> applicationId) override;
  void updateChangeReport(const ChangeReportRow& row) override;
  std::int64_t insertRemovalProposal(const RemovalProposalRow& row) override;
  std::vector<RemovalProposalRow> removalProposals(std::optional<std::int64_t> applicationId) override;
  void updateRemovalProposal(const RemovalProposalRow& row) override;

 private:
  Db& db();  // this thread's connection
  void migrate();
  std::vector<ApplicationRow> selectApplications(const std::string& where, const std::function<void(Stmt&)>& bind);

  std::string path_;
  std::uint64_t instance_;
  std::recursive_mutex writeMutex_;
};

}  // namespace sxpool::store
