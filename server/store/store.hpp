#pragma once
// The one storage interface the services use (SQLite today; a PostgreSQL backend can implement it later).
// Every method is one statement or a small fixed group; `transaction` makes a group atomic.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/records.hpp"

namespace sxpool::store {

class Store {
 public:
  virtual ~Store() = default;

  // Runs `body` in one write transaction (committed when it returns, rolled back when it throws).
  virtual void transaction(const std::function<void()>& body) = 0;
  // Inside a transaction: runs `body` as a unit of its own; when it throws, only its writes are undone (and the
  // exception goes on), the rest of the transaction stays.
  virtual void savepoint(const std::function<void()>& body) = 0;
  // Online copy of the whole database to `path` (safe while serving).
  virtual void backupTo(const std::string& path) = 0;

  virtual std::optional<std::string> meta(const std::string& key) = 0;
  virtual void setMeta(const std::string& key, const std::string& value) = 0;
  virtual std::int64_t nextSequence(const std::string& name) = 0;

  // units
  virtual void upsertUnit(const UnitRow& unit) = 0;
  virtual std::vector<UnitRow> units() = 0;
  virtual std::optional<UnitRow> unit(const std::string& code) = 0;

  // users
  virtual std::int64_t insertUser(const UserRow& user) = 0;  // throws on a duplicate account
  virtual std::optional<UserRow> userByAccount(const std::string& account) = 0;
  virtual std::optional<UserRow> userById(std::int64_t id) = 0;
  virtual std::vector<UserRow> users() = 0;
  virtual void setLoginState(std::int64_t userId, int failedLogins, std::int64_t lockedUntil) = 0;
  virtual std::vector<UserRow> users(const UserFilter& filter) = 0;
  virtual void setDisabled(std::int64_t userId, bool disabled) = 0;
  virtual void setPassword(std::int64_t userId, const std::string& passwordHash, bool mustChange) = 0;

  // sessions
  virtual void insertSession(const SessionRow& session) = 0;
  virtual std::optional<SessionRow> session(const std::string& tokenHash) = 0;
  // Not durable on its own (no fsync): a touch lost to a power cut only ends the session earlier. Call it outside
  // a transaction; the next durable commit carries it to disk. Never waits: false (nothing written) while another
  // write holds the store, for the caller to try again on a later request.
  virtual bool touchSession(const std::string& tokenHash, std::int64_t now) = 0;
  virtual void deleteSession(const std::string& tokenHash) = 0;
  virtual void deleteSessionsOf(std::int64_t userId) = 0;

  // audit
  virtual void appendAudit(const AuditRow& row) = 0;
  virtual std::vector<AuditRow> audit(std::optional<std::int64_t> applicationId, int limit) = 0;
  virtual std::vector<AuditRow> audit(const AuditFilter& filter) = 0;  // newest first

  // applications
  virtual std::int64_t insertApplication(const ApplicationRow& row) = 0;
  virtual std::optional<ApplicationRow> application(std::int64_t id) = 0;
  virtual std::optional<ApplicationRow> applicationOf(std::int64_t ownerId, int roundYear) = 0;
  virtual std::vector<ApplicationRow> applicationsOf(std::int64_t ownerId) = 0;
  virtual std::vector<ApplicationRow> applicationsByUscc(const std::string& uscc) = 0;
  virtual void updateApplication(const ApplicationRow& row) = 0;  // every column but id/owner/round
  virtual void setViewers(std::int64_t applicationId, const std::vector<std::string>& unitCodes,
                          const std::string& state, std::int64_t updatedAt) = 0;
  virtual void insertVersion(const VersionRow& row) = 0;
  virtual std::vector<VersionRow> versions(std::int64_t applicationId) = 0;  // without documents
  virtual std::optional<VersionRow> version(std::int64_t applicationId, int version) = 0;

  // the review queue
  virtual QueuePage queue(const QueueQuery& query) = 0;
  virtual std::map<std::string, std::int64_t> stateCounts(const std::optional<std::string>& viewerUnit) = 0;

  // attachments
  virtual std::int64_t insertAttachment(const AttachmentRow& row) = 0;
  virtual std::vector<AttachmentRow> attachments(std::int64_t applicationId, bool includeRemoved) = 0;
  virtual void markAttachmentRemoved(std::int64_t attachmentId, std::int64_t at) = 0;

  // inbox
  virtual std::int64_t insertInbox(const InboxRow& row) = 0;
  virtual std::vector<InboxRow> inbox(std::int64_t userId, int limit) = 0;
  virtual bool markInboxRead(std::int64_t userId, std::int64_t id) = 0;

  // 第十二条 removals
  virtual void insertRemoval(const RemovalRow& row) = 0;
  virtual std::vector<RemovalRow> removals(const std::string& uscc) = 0;

  // 指南第九、十二、十三条: the admitted pool (sqlite/pool.cpp, migration 005)
  virtual void upsertClassification(const ClassificationRow& row) = 0;
  virtual std::optional<ClassificationRow> classification(std::int64_t applicationId) = 0;
  // Every application in state `admitted`, by id, with its classification when set.
  virtual std::vector<AdmittedRow> admittedInstitutions() = 0;
  virtual void upsertEvaluation(const EvaluationRow& row) = 0;                     // one per (application, year)
  virtual std::vector<EvaluationRow> evaluations(std::int64_t applicationId) = 0;  // by year
  virtual void upsertPoolProfile(const PoolProfileRow& row) = 0;
  virtual std::optional<PoolProfileRow> poolProfile(std::int64_t applicationId) = 0;

  virtual std::int64_t insertPublicityBatch(const std::string& startOn, const std::string& endOn,
                                            std::int64_t createdBy, std::int64_t at) = 0;
  // A 公示 batch's first and last day (YYYY-MM-DD); nullopt when there is no such batch.
  virtual std::optional<std::pair<std::string, std::string>> publicityBatch(std::int64_t id) = 0;
  virtual std::vector<PublicityBatchRow> publicityBatches() = 0;  // newest first

  // rounds and holiday calendars (sqlite/rounds.cpp)
  virtual void upsertRound(const RoundRow& row) = 0;  // settings and status by year
  virtual std::vector<RoundRow> rounds() = 0;         // newest year first
  virtual void upsertHolidayCalendar(const HolidayCalendarRow& row) = 0;
  virtual std::vector<HolidayCalendarRow> holidayCalendars() = 0;  // by year
  // 指南第十、十一条 (sqlite/reports.cpp)
  virtual std::vector<ApplicationRow> applicationsInState(const std::string& state) = 0;  // by id
  virtual std::int64_t insertServiceReport(const ServiceReportRow& row) = 0;
  // One application's reports, or every report (nullopt); by period.
  virtual std::vector<ServiceReportRow> serviceReports(std::optional<std::int64_t> applicationId) = 0;
  virtual std::int64_t insertNoticeList(const NoticeListRow& row) = 0;
  virtual std::vector<NoticeListRow> noticeLists() = 0;  // newest first, with their entries
  virtual std::int64_t insertChangeReport(const ChangeReportRow& row) = 0;
  virtual std::optional<ChangeReportRow> changeReport(std::int64_t id) = 0;
  virtual std::vector<ChangeReportRow> changeReports(std::optional<std::int64_t> applicationId) = 0;  // newest first
  virtual void updateChangeReport(const ChangeReportRow& row) = 0;  // state and decision columns
  virtual std::int64_t insertRemovalProposal(const RemovalProposalRow& row) = 0;
  virtual std::vector<RemovalProposalRow> removalProposals(std::optional<std::int64_t> applicationId) = 0;
  virtual void updateRemovalProposal(const RemovalProposalRow& row) = 0;  // state and decision columns
  // Every application that has been in a 公示 batch, whatever its state now, by id.
  virtual std::vector<PublicityMemberRow> publicityMembers() = 0;
};

}  // namespace sxpool::store
