#pragma once
// Plain rows the store reads and writes. JSON documents stay text here; services decode them with shared/.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sxpool::store {

struct UnitRow {
  std::string code;
  std::string name;
  std::string level;  // county | city | reform_zone | department | province
  std::string parentCode;
  int sort = 0;
};

struct UserRow {
  std::int64_t id = 0;
  std::string account;
  std::string passwordHash;
  std::string role;
  std::string unitCode;
  std::string displayName;
  std::string uscc;
  std::string contactName;
  std::string contactPhone;
  std::string email;
  int failedLogins = 0;
  std::int64_t lockedUntil = 0;
  bool disabled = false;
  std::int64_t createdAt = 0;
  bool mustChangePassword = false;  // set by an admin's reset, cleared by the user's own change
};

// The admin's account list: every filter empty = all accounts.
struct UserFilter {
  std::vector<std::string> roles;
  std::string unitCode;
  std::string text;  // account or display name contains
};

// The audit log's filters. viewerUnit: only rows on applications that unit may view, or written by its accounts.
struct AuditFilter {
  std::string account;
  std::string unitCode;
  std::string event;
  std::optional<std::int64_t> applicationId;
  std::optional<std::int64_t> fromAt;   // inclusive, Unix seconds
  std::optional<std::int64_t> untilAt;  // exclusive
  std::optional<std::string> viewerUnit;
  int limit = 200;
};

struct SessionRow {
  std::string tokenHash;
  std::int64_t userId = 0;
  std::int64_t createdAt = 0;
  std::int64_t lastSeen = 0;
};

struct AuditRow {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> userId;
  std::string account;
  std::string unitCode;
  std::string event;
  std::optional<std::int64_t> applicationId;
  std::optional<std::string> fromState;
  std::optional<std::string> toState;
  std::string comment;
  std::string detail = "{}";
};

struct ApplicationRow {
  std::int64_t id = 0;
  std::int64_t ownerId = 0;
  int roundYear = 0;
  std::string uscc;
  std::string name;
  std::string state;
  std::string routingKind;
  std::string routingUnit;
  std::string countyCode;
  std::string cityCode;
  std::string directions;  // ",digital,policy,"
  std::string holdingUnit;
  std::string draft;  // application JSON
  std::int64_t draftRevision = 0;
  std::string draftHash;
  std::string workflow;  // workflow case JSON
  int currentVersion = 0;
  std::optional<std::string> receiptNo;
  std::optional<std::int64_t> submittedAt;
  std::int64_t updatedAt = 0;
};

struct VersionRow {
  std::int64_t applicationId = 0;
  int version = 0;
  std::string document;
  std::string receiptNo;
  std::int64_t submittedAt = 0;
};

struct AttachmentRow {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  std::string material;  // "1".."12"
  std::string fileName;
  std::int64_t size = 0;
  std::string contentType;
  std::string sha256;
  std::int64_t uploadedAt = 0;
  std::int64_t uploadedBy = 0;
  std::optional<std::int64_t> removedAt;
};

struct InboxRow {
  std::int64_t id = 0;
  std::int64_t userId = 0;
  std::optional<std::int64_t> applicationId;
  std::int64_t at = 0;
  std::string title;
  std::string body;
  std::string comments = "[]";
  bool read = false;
};

// A 公示 batch as POST /api/v1/publicity stored it: its first and last day (YYYY-MM-DD).
struct PublicityBatchRow {
  std::int64_t id = 0;
  std::string startOn, endOn;
  std::int64_t createdAt = 0;
};

// An application round (migration 004): settings as the RoundSettings JSON (sxpool/api/rounds.hpp).
struct RoundRow {
  int year = 0;
  std::string settings;
  std::string status = "draft";  // draft | open | closed
  std::int64_t updatedAt = 0;
};

// One year's holiday calendar, the admin's CSV as loaded.
struct HolidayCalendarRow {
  int year = 0;
  std::string csv;
  std::int64_t loadedAt = 0;
};

// An application that was in a 公示 batch (the public 公示 page, 指南第八条(四)).
struct PublicityMemberRow {
  std::int64_t id = 0;
  std::string name, uscc, cityCode, countyCode, directions, state;
  std::string startOn, endOn;  // YYYY-MM-DD, from the workflow
};

struct RemovalRow {
  std::string uscc;
  std::string removedOn;  // YYYY-MM-DD
  std::string reason;     // RemovalReason code
  std::optional<std::int64_t> applicationId;
};

// 指南第九条: an admitted institution's classification (migration 005, table classifications).
struct ClassificationRow {
  std::int64_t applicationId = 0;    // the institution's id
  std::string character;             // ServiceCharacter code: public_welfare | socialized
  std::string serviceClass;          // ServiceClass code: innovation | hr | … | other
  std::string admittedOn;            // YYYY-MM-DD
  std::string source = "admission";  // admission | import
  std::int64_t updatedAt = 0;
  std::optional<std::int64_t> updatedBy;
};

// An application in state `admitted` with its classification (nullopt members: admitted before 005, none set).
struct AdmittedRow {
  std::int64_t id = 0;
  std::string uscc;
  std::string name;
  std::string cityCode;
  std::string countyCode;
  std::string directions;  // ",digital,policy,"
  int roundYear = 0;
  std::optional<ClassificationRow> classification;
};

// 指南第十二条: one annual evaluation (table evaluations).
struct EvaluationRow {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  int year = 0;
  std::string result;     // qualified | unqualified
  std::string siteCheck;  // 现场核查 findings, empty when none
  std::string decision;   // keep | remove
  std::string meetingRef;
  std::string comment;
  std::optional<std::int64_t> recordedBy;
  std::int64_t recordedAt = 0;
};

// 指南第十三条: the products and cases an admitted institution keeps current (table pool_profiles).
struct PoolProfileRow {
  std::int64_t applicationId = 0;
  std::string products = "[]";  // JSON array of {name, content, application}
  std::string cases = "[]";     // JSON array of {title, enterprise, content, effect}
  std::int64_t revision = 0;
  std::int64_t updatedAt = 0;
};

// The review queue: what a unit sees, filtered, searched, sorted, one page.
struct QueueQuery {
  std::optional<std::string> viewerUnit;  // empty: every submitted application (admin)
  std::vector<std::string> states;
  std::string city;
  std::string county;
  std::string direction;  // direction code
  std::optional<int> roundYear;
  std::string search;            // name contains, or USCC prefix
  std::string holdingUnit;       // "待我处理": only those the unit holds now
  std::string sort = "updated";  // updated | submitted | name | state | receipt
  bool descending = true;
  int page = 1;
  int pageSize = 20;
  bool countTotal = true;  // false: the caller knows the total already (QueuePage::total stays 0)
};

struct QueueItem {
  std::int64_t id = 0;
  std::string name;
  std::string uscc;
  std::string state;
  std::string routingKind;
  std::string routingUnit;
  std::string countyCode;
  std::string cityCode;
  std::string directions;
  std::string holdingUnit;
  int roundYear = 0;
  std::optional<std::string> receiptNo;
  std::optional<std::int64_t> submittedAt;
  std::int64_t updatedAt = 0;
  int currentVersion = 0;
  std::optional<std::string> publicityStart, publicityEnd;  // YYYY-MM-DD, from the workflow
};

struct QueuePage {
  std::vector<QueueItem> items;
  std::int64_t total = 0;
};

// 指南第十、十一条 (migration 006): a quarterly service report, a published 通报 list, a major-change report and a
// removal proposal. Dates are YYYY-MM-DD.
struct ServiceReportRow {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  std::string periodDue;
  std::string filedOn;
  int enterprisesServed = 0;
  int activities = 0;
  int publicServices = 0;
  std::int64_t incomeHundredths = 0;  // 万元 × 100
  int cases = 0;
  std::string summary;
  std::int64_t filedBy = 0;
  std::int64_t createdAt = 0;
};

struct NoticeEntryRow {
  std::int64_t applicationId = 0;
  std::string name;
  std::string uscc;
  std::string cityCode;
  int misses = 0;
  std::string missedDues;  // "2026-06-15,2026-09-15"
};

struct NoticeListRow {
  std::int64_t id = 0;
  std::string publishedOn;
  std::int64_t publishedBy = 0;
  std::int64_t createdAt = 0;
  std::vector<NoticeEntryRow> entries;
};

struct ChangeReportRow {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  std::string kind;  // ChangeKind code
  std::string changeDate;
  std::string filedOn;
  std::string dueOn;
  std::string description;
  std::string newName, newAddress;
  std::string oldName, oldAddress;  // the record before an accepted change (history)
  std::string reviewUnit;           // the unit that routed the application
  std::string state = "pending";    // pending | accepted | removal_proposed
  std::optional<std::int64_t> decidedBy;
  std::optional<std::string> decidedOn;
  std::string decisionNote;
  std::int64_t filedBy = 0;
  std::int64_t createdAt = 0;
};

struct RemovalProposalRow {
  std::int64_t id = 0;
  std::int64_t applicationId = 0;
  std::string source;  // missed_reports | change_report
  std::string basis;   // the third missed period's due date, or the change report's id
  std::string reason;  // RemovalReason code
  std::string proposedOn;
  std::optional<std::int64_t> proposedBy;
  std::string state = "pending";  // pending | confirmed | dismissed
  std::optional<std::int64_t> decidedBy;
  std::optional<std::string> decidedOn;
  std::string note;
};

}  // namespace sxpool::store
