#include "store/sqlite_store.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <utility>

#include "store/migrations.hpp"

namespace sxpool::store {
namespace {

std::atomic<std::uint64_t> nextInstance{1};

// Per-thread connections, keyed by store instance (never reused, so a dead store's entry is never hit).
thread_local std::unordered_map<std::uint64_t, std::unique_ptr<Db>> threadConnections;

constexpr const char* kApplicationColumns =
    "id, owner_id, round_year, uscc, name, state, routing_kind, routing_unit, county_code, city_code, directions, "
    "holding_unit, draft, draft_revision, draft_hash, workflow, current_version, receipt_no, submitted_at, updated_at";

ApplicationRow readApplication(Stmt& s) {
  ApplicationRow r;
  r.id = s.integer(0);
  r.ownerId = s.integer(1);
  r.roundYear = static_cast<int>(s.integer(2));
  r.uscc = s.text(3);
  r.name = s.text(4);
  r.state = s.text(5);
  r.routingKind = s.text(6);
  r.routingUnit = s.text(7);
  r.countyCode = s.text(8);
  r.cityCode = s.text(9);
  r.directions = s.text(10);
  r.holdingUnit = s.text(11);
  r.draft = s.text(12);
  r.draftRevision = s.integer(13);
  r.draftHash = s.text(14);
  r.workflow = s.text(15);
  r.currentVersion = static_cast<int>(s.integer(16));
  r.receiptNo = s.optionalText(17);
  r.submittedAt = s.optionalInteger(18);
  r.updatedAt = s.integer(19);
  return r;
}

constexpr const char* kUserColumns =
    "id, account, password_hash, role, COALESCE(unit_code, ''), display_name, uscc, contact_name, contact_phone, "
    "email, failed_logins, locked_until, disabled, created_at";

UserRow readUser(Stmt& s) {
  UserRow u;
  u.id = s.integer(0);
  u.account = s.text(1);
  u.passwordHash = s.text(2);
  u.role = s.text(3);
  u.unitCode = s.text(4);
  u.displayName = s.text(5);
  u.uscc = s.text(6);
  u.contactName = s.text(7);
  u.contactPhone = s.text(8);
  u.email = s.text(9);
  u.failedLogins = static_cast<int>(s.integer(10));
  u.lockedUntil = s.integer(11);
  u.disabled = s.integer(12) != 0;
  u.createdAt = s.integer(13);
  return u;
}

constexpr const char* kAttachmentColumns =
    "id, application_id, material, file_name, size, content_type, sha256, uploaded_at, uploaded_by, removed_at";

AttachmentRow readAttachment(Stmt& s) {
  AttachmentRow a;
  a.id = s.integer(0);
  a.applicationId = s.integer(1);
  a.material = s.text(2);
  a.fileName = s.text(3);
  a.size = s.integer(4);
  a.contentType = s.text(5);
  a.sha256 = s.text(6);
  a.uploadedAt = s.integer(7);
  a.uploadedBy = s.integer(8);
  a.removedAt = s.optionalInteger(9);
  return a;
}

std::optional<std::string> emptyAsNull(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

SqliteStore::SqliteStore(std::string path) : path_(std::move(path)), instance_(nextInstance++) {
  db();
  ::chmod(path_.c_str(), 0600);
  migrate();
}

SqliteStore::~SqliteStore() { threadConnections.erase(instance_); }

Db& SqliteStore::db() {
  auto& slot = threadConnections[instance_];
  // No memory map (SQLite's default): after any commit every other connection unmaps the whole file at its next
  // read and faults the pages back in, which cost a submission more than the read() calls it saves.
  if (!slot) slot = std::make_unique<Db>(path_);
  return *slot;
}

int SqliteStore::schemaVersion() {
  auto s = db().prepare("PRAGMA user_version");
  s.step();
  return static_cast<int>(s.integer(0));
}

void SqliteStore::migrate() {
  std::lock_guard lock(writeMutex_);
  const int current = schemaVersion();
  for (const auto& m : migrations()) {
    if (m.number <= current) continue;
    Transaction tx(db());
    db().exec(m.sql);
    db().exec("PRAGMA user_version = " + std::to_string(m.number));  // a number from our own file name
    tx.commit();
  }
}

void SqliteStore::transaction(const std::function<void()>& body) {
  std::lock_guard lock(writeMutex_);
  Transaction tx(db());
  body();
  tx.commit();
}

void SqliteStore::savepoint(const std::function<void()>& body) {
  std::lock_guard lock(writeMutex_);
  db().exec("SAVEPOINT item");
  try {
    body();
  } catch (...) {
    db().exec("ROLLBACK TO item");
    db().exec("RELEASE item");
    throw;
  }
  db().exec("RELEASE item");
}

void SqliteStore::backupTo(const std::string& target) {
  sqlite3* dest = nullptr;
  if (sqlite3_open(target.c_str(), &dest) != SQLITE_OK) {
    std::string message = dest ? sqlite3_errmsg(dest) : "out of memory";
    sqlite3_close(dest);
    throw StoreError("无法创建备份文件 " + target + "：" + message);
  }
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", db().handle(), "main");
  if (!backup) {
    std::string message = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    throw StoreError("无法开始备份：" + message);
  }
  int rc;
  // Small steps so that writers are never held up for long; a write during the copy restarts it.
  while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    sqlite3_sleep(rc == SQLITE_OK ? 0 : 5);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    std::string message = sqlite3_errstr(rc);
    sqlite3_close(dest);
    throw StoreError("备份失败：" + message);
  }
  // The copy is a standalone file: no WAL beside it.
  char* error = nullptr;
  sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &error);
  sqlite3_free(error);
  sqlite3_close(dest);
}

std::optional<std::string> SqliteStore::meta(const std::string& key) {
  auto s = db().prepare("SELECT value FROM meta WHERE key = ?");
  s.bindAll(key);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

void SqliteStore::setMeta(const std::string& key, const std::string& value) {
  std::lock_guard lock(writeMutex_);
  db().prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .bindAll(key, value)
      .run();
}

std::int64_t SqliteStore::nextSequence(const std::string& name) {
  std::lock_guard lock(writeMutex_);
  auto s = db().prepare(
      "INSERT INTO sequences(name, value) VALUES(?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 "
      "RETURNING value");
  s.bindAll(name);
  s.step();
  return s.integer(0);
}

void SqliteStore::upsertUnit(const UnitRow& u) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO units(code, name, level, parent_code, sort) VALUES(?, ?, ?, ?, ?) "
          "ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, "
          "parent_code = excluded.parent_code, sort = excluded.sort")
      .bindAll(u.code, u.name, u.level, emptyAsNull(u.parentCode), u.sort)
      .run();
}

std::vector<UnitRow> SqliteStore::units() {
  auto s = db().prepare("SELECT code, name, level, COALESCE(parent_code, ''), sort FROM units ORDER BY sort, code");
  std::vector<UnitRow> out;
  while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4))});
  return out;
}

std::optional<UnitRow> SqliteStore::unit(const std::string& code) {
  auto s = db().prepare("SELECT code, name, level, COALESCE(parent_code, ''), sort FROM units WHERE code = ?");
  s.bindAll(code);
  if (!s.step()) return std::nullopt;
  return UnitRow{s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4))};
}

std::int64_t SqliteStore::insertUser(const UserRow& u) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO users(account, password_hash, role, unit_code, display_name, uscc, contact_name, "
          "contact_phone, email, failed_logins, locked_until, disabled, created_at) "
          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")
      .bindAll(u.account, u.passwordHash, u.role, emptyAsNull(u.unitCode), u.displayName, u.uscc, u.contactName,
               u.contactPhone, u.email, u.disabled ? 1 : 0, u.createdAt)
      .run();
  return db().lastInsertId();
}

std::optional<UserRow> SqliteStore::userByAccount(const std::string& account) {
  auto s = db().prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE account = ?");
  s.bindAll(account);
  if (!s.step()) return std::nullopt;
  return readUser(s);
}

std::optional<UserRow> SqliteStore::userById(std::int64_t id) {
  auto s = db().prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
  s.bindAll(id);
  if (!s.step()) return std::nullopt;
  return readUser(s);
}

std::vector<UserRow> SqliteStore::users() {
  auto s = db().prepare(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY id");
  std::vector<UserRow> out;
  while (s.step()) out.push_back(readUser(s));
  return out;
}

void SqliteStore::setLoginState(std::int64_t userId, int failedLogins, std::int64_t lockedUntil) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?")
      .bindAll(failedLogins, lockedUntil, userId)
      .run();
}

void SqliteStore::insertSession(const SessionRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare("INSERT INTO sessions(token_hash, user_id, created_at, last_seen) VALUES(?, ?, ?, ?)")
      .bindAll(r.tokenHash, r.userId, r.createdAt, r.lastSeen)
      .run();
}

std::optional<SessionRow> SqliteStore::session(const std::string& tokenHash) {
  auto s = db().prepare("SELECT token_hash, user_id, created_at, last_seen FROM sessions WHERE token_hash = ?");
  s.bindAll(tokenHash);
  if (!s.step()) return std::nullopt;
  return SessionRow{s.text(0), s.integer(1), s.integer(2), s.integer(3)};
}

bool SqliteStore::touchSession(const std::string& tokenHash, std::int64_t now) {
  std::unique_lock lock(writeMutex_, std::try_to_lock);
  if (!lock.owns_lock()) return false;
  // synchronous=NORMAL for this one commit: WAL order keeps it consistent, and the next FULL commit syncs it.
  db().exec("PRAGMA synchronous=NORMAL");
  try {
    db().prepare("UPDATE sessions SET last_seen = ? WHERE token_hash = ?").bindAll(now, tokenHash).run();
  } catch (...) {
    db().exec("PRAGMA synchronous=FULL");
    throw;
  }
  db().exec("PRAGMA synchronous=FULL");
  return true;
}

void SqliteStore::deleteSession(const std::string& tokenHash) {
  std::lock_guard lock(writeMutex_);
  db().prepare("DELETE FROM sessions WHERE token_hash = ?").bindAll(tokenHash).run();
}

void SqliteStore::appendAudit(const AuditRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO audit_log(at, user_id, account, unit_code, event, application_id, from_state, to_state, "
          "comment, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.at, r.userId, r.account, r.unitCode, r.event, r.applicationId, r.fromState, r.toState, r.comment,
               r.detail)
      .run();
}

std::vector<AuditRow> SqliteStore::audit(std::optional<std::int64_t> applicationId, int limit) {
  const std::string columns =
      "SELECT id, at, user_id, account, unit_code, event, application_id, from_state, to_state, comment, detail "
      "FROM audit_log ";
  auto s = db().prepare(columns +
                        (applicationId ? "WHERE application_id = ? ORDER BY id LIMIT ?" : "ORDER BY id DESC LIMIT ?"));
  if (applicationId)
    s.bindAll(*applicationId, limit);
  else
    s.bindAll(limit);
  std::vector<AuditRow> out;
  while (s.step()) {
    AuditRow r;
    r.id = s.integer(0);
    r.at = s.integer(1);
    r.userId = s.optionalInteger(2);
    r.account = s.text(3);
    r.unitCode = s.text(4);
    r.event = s.text(5);
    r.applicationId = s.optionalInteger(6);
    r.fromState = s.optionalText(7);
    r.toState = s.optionalText(8);
    r.comment = s.text(9);
    r.detail = s.text(10);
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t SqliteStore::insertApplication(const ApplicationRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO applications(owner_id, round_year, uscc, name, state, routing_kind, routing_unit, county_code, "
          "city_code, directions, holding_unit, draft, draft_revision, draft_hash, workflow, current_version, "
          "receipt_no, submitted_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.ownerId, r.roundYear, r.uscc, r.name, r.state, r.routingKind, r.routingUnit, r.countyCode, r.cityCode,
               r.directions, r.holdingUnit, r.draft, r.draftRevision, r.draftHash, r.workflow, r.currentVersion,
               r.receiptNo, r.submittedAt, r.updatedAt)
      .run();
  return db().lastInsertId();
}

std::vector<ApplicationRow> SqliteStore::selectApplications(const std::string& where,
                                                            const std::function<void(Stmt&)>& bind) {
  auto s = db().prepare(std::string("SELECT ") + kApplicationColumns + " FROM applications " + where);
  bind(s);
  std::vector<ApplicationRow> out;
  while (s.step()) out.push_back(readApplication(s));
  return out;
}

std::optional<ApplicationRow> SqliteStore::application(std::int64_t id) {
  auto rows = selectApplications("WHERE id = ?", [&](Stmt& s) { s.bindAll(id); });
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<ApplicationRow> SqliteStore::applicationOf(std::int64_t ownerId, int roundYear) {
  auto rows =
      selectApplications("WHERE owner_id = ? AND round_year = ?", [&](Stmt& s) { s.bindAll(ownerId, roundYear); });
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ApplicationRow> SqliteStore::applicationsOf(std::int64_t ownerId) {
  return selectApplications("WHERE owner_id = ? ORDER BY round_year DESC, id DESC",
                            [&](Stmt& s) { s.bindAll(ownerId); });
}

std::vector<ApplicationRow> SqliteStore::applicationsByUscc(const std::string& uscc) {
  return selectApplications("WHERE uscc = ? ORDER BY id", [&](Stmt& s) { s.bindAll(uscc); });
}

void SqliteStore::updateApplication(const ApplicationRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "UPDATE applications SET uscc = ?, name = ?, state = ?, routing_kind = ?, routing_unit = ?, county_code = ?, "
          "city_code = ?, directions = ?, holding_unit = ?, draft = ?, draft_revision = ?, draft_hash = ?, "
          "workflow = ?, current_version = ?, receipt_no = ?, submitted_at = ?, updated_at = ? WHERE id = ?")
      .bindAll(r.uscc, r.name, r.state, r.routingKind, r.routingUnit, r.countyCode, r.cityCode, r.directions,
               r.holdingUnit, r.draft, r.draftRevision, r.draftHash, r.workflow, r.currentVersion, r.receiptNo,
               r.submittedAt, r.updatedAt, r.id)
      .run();
}

void SqliteStore::setViewers(std::int64_t applicationId, const std::vector<std::string>& unitCodes,
                             const std::string& state, std::int64_t updatedAt) {
  std::lock_guard lock(writeMutex_);
  db().prepare("DELETE FROM application_viewers WHERE application_id = ?").bindAll(applicationId).run();
  auto insert = db().prepare(
      "INSERT OR IGNORE INTO application_viewers(unit_code, application_id, state, updated_at) VALUES(?, ?, ?, ?)");
  for (const auto& unit : unitCodes) {
    insert.bindAll(unit, applicationId, state, updatedAt);
    insert.run();
    insert.reset();
  }
}

void SqliteStore::insertVersion(const VersionRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO application_versions(application_id, version, document, receipt_no, submitted_at) "
          "VALUES(?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.version, r.document, r.receiptNo, r.submittedAt)
      .run();
}

std::vector<VersionRow> SqliteStore::versions(std::int64_t applicationId) {
  auto s = db().prepare(
      "SELECT application_id, version, receipt_no, submitted_at FROM application_versions "
      "WHERE application_id = ? ORDER BY version");
  s.bindAll(applicationId);
  std::vector<VersionRow> out;
  while (s.step()) out.push_back({s.integer(0), static_cast<int>(s.integer(1)), "", s.text(2), s.integer(3)});
  return out;
}

std::optional<VersionRow> SqliteStore::version(std::int64_t applicationId, int version) {
  auto s = db().prepare(
      "SELECT application_id, version, document, receipt_no, submitted_at FROM application_versions "
      "WHERE application_id = ? AND version = ?");
  s.bindAll(applicationId, version);
  if (!s.step()) return std::nullopt;
  return VersionRow{s.integer(0), static_cast<int>(s.integer(1)), s.text(2), s.text(3), s.integer(4)};
}

QueuePage SqliteStore::queue(const QueueQuery& q) {
  // Fixed SQL fragments chosen by the query; every value is a bound parameter.
  std::string from =
      q.viewerUnit ? "application_viewers v JOIN applications a ON a.id = v.application_id" : "applications a";
  std::string where = q.viewerUnit ? "WHERE v.unit_code = ?" : "WHERE a.state <> 'draft'";
  std::vector<std::string> texts;  // bound in order
  std::vector<std::int64_t> numbers;
  std::vector<std::pair<bool, size_t>> order;  // (is number, index)
  auto text = [&](std::string v) {
    texts.push_back(std::move(v));
    order.push_back({false, texts.size() - 1});
  };
  auto number = [&](std::int64_t v) {
    numbers.push_back(v);
    order.push_back({true, numbers.size() - 1});
  };
  if (q.viewerUnit) text(*q.viewerUnit);
  const char* stateColumn = q.viewerUnit ? "v.state" : "a.state";
  if (!q.states.empty()) {
    where += std::string(" AND ") + stateColumn + " IN (";
    for (size_t i = 0; i < q.states.size(); ++i) {
      where += i ? ", ?" : "?";
      text(q.states[i]);
    }
    where += ")";
  }
  if (!q.city.empty()) {
    where += " AND a.city_code = ?";
    text(q.city);
  }
  if (!q.county.empty()) {
    where += " AND a.county_code = ?";
    text(q.county);
  }
  if (!q.direction.empty()) {
    where += " AND a.directions LIKE ?";
    text("%," + q.direction + ",%");
  }
  if (q.roundYear) {
    where += " AND a.round_year = ?";
    number(*q.roundYear);
  }
  if (!q.holdingUnit.empty()) {
    where += " AND a.holding_unit = ?";
    text(q.holdingUnit);
  }
  if (!q.search.empty()) {
    std::string escaped;
    for (char c : q.search) {
      if (c == '%' || c == '_' || c == '\\') escaped += '\\';
      escaped += c;
    }
    where += " AND (a.name LIKE ? ESCAPE '\\' OR a.uscc LIKE ? ESCAPE '\\' OR a.receipt_no = ?)";
    text("%" + escaped + "%");
    text(escaped + "%");
    text(q.search);
  }
  // Sort key and tie-break (always the application id): the page is chosen on them alone, and only its rows
  // are read from the wide applications table.
  std::string key = q.viewerUnit ? "v.updated_at" : "a.updated_at";
  std::string id = q.viewerUnit ? "v.application_id" : "a.id";
  if (q.sort == "name")
    key = "a.name";
  else if (q.sort == "submitted")
    key = "a.submitted_at";
  else if (q.sort == "state")
    key = stateColumn;
  else if (q.sort == "receipt")
    key = "a.receipt_no";
  if (key.rfind("a.", 0) == 0) id = "a.id";
  const std::string dir = q.descending ? " DESC" : " ASC";

  auto bindAll = [&](Stmt& s) {
    int i = 0;
    for (auto [isNumber, index] : order) {
      if (isNumber)
        s.bind(++i, numbers[index]);
      else
        s.bind(++i, texts[index]);
    }
    return i;
  };

  // Without filters on the application itself the unit's visibility rows answer alone (fast at 100 000 rows).
  const bool viewerOnly = q.viewerUnit && q.city.empty() && q.county.empty() && q.direction.empty() && !q.roundYear &&
                          q.holdingUnit.empty() && q.search.empty() && id == "v.application_id";
  if (viewerOnly) from = "application_viewers v";
  QueuePage page;
  if (q.countTotal) {
    auto s = db().prepare("SELECT COUNT(*) FROM " + from + " " + where);
    bindAll(s);
    s.step();
    page.total = s.integer(0);
  }
  const std::string sql =
      "SELECT a.id, a.name, a.uscc, a.state, a.routing_kind, a.routing_unit, a.county_code, a.city_code, "
      "a.directions, a.holding_unit, a.round_year, a.receipt_no, a.submitted_at, a.updated_at, a.current_version "
      "FROM (SELECT " +
      key + " AS k, " + id + " AS id FROM " + from + " " + where + " ORDER BY " + key + dir + ", " + id + dir +
      " LIMIT ? OFFSET ?) p JOIN applications a ON a.id = p.id ORDER BY p.k" + dir + ", p.id" + dir;
  auto s = db().prepare(sql);
  int i = bindAll(s);
  s.bind(++i, static_cast<std::int64_t>(q.pageSize));
  s.bind(++i, static_cast<std::int64_t>(q.page - 1) * q.pageSize);
  while (s.step()) {
    QueueItem item;
    item.id = s.integer(0);
    item.name = s.text(1);
    item.uscc = s.text(2);
    item.state = s.text(3);
    item.routingKind = s.text(4);
    item.routingUnit = s.text(5);
    item.countyCode = s.text(6);
    item.cityCode = s.text(7);
    item.directions = s.text(8);
    item.holdingUnit = s.text(9);
    item.roundYear = static_cast<int>(s.integer(10));
    item.receiptNo = s.optionalText(11);
    item.submittedAt = s.optionalInteger(12);
    item.updatedAt = s.integer(13);
    item.currentVersion = static_cast<int>(s.integer(14));
    page.items.push_back(std::move(item));
  }
  return page;
}

std::map<std::string, std::int64_t> SqliteStore::stateCounts(const std::optional<std::string>& viewerUnit) {
  std::map<std::string, std::int64_t> counts;
  if (viewerUnit) {
    auto s = db().prepare("SELECT state, COUNT(*) FROM application_viewers WHERE unit_code = ? GROUP BY state");
    s.bindAll(*viewerUnit);
    while (s.step()) counts[s.text(0)] = s.integer(1);
  } else {
    auto s = db().prepare("SELECT state, COUNT(*) FROM applications WHERE state <> 'draft' GROUP BY state");
    while (s.step()) counts[s.text(0)] = s.integer(1);
  }
  return counts;
}

std::int64_t SqliteStore::insertAttachment(const AttachmentRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO attachments(application_id, material, file_name, size, content_type, sha256, uploaded_at, "
          "uploaded_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.material, r.fileName, r.size, r.contentType, r.sha256, r.uploadedAt, r.uploadedBy)
      .run();
  return db().lastInsertId();
}

std::vector<AttachmentRow> SqliteStore::attachments(std::int64_t applicationId, bool includeRemoved) {
  auto s = db().prepare(std::string("SELECT ") + kAttachmentColumns + " FROM attachments WHERE application_id = ?" +
                        (includeRemoved ? "" : " AND removed_at IS NULL"));
  s.bindAll(applicationId);
  std::vector<AttachmentRow> out;
  while (s.step()) out.push_back(readAttachment(s));
  // Ordered here, not by SQL: an ORDER BY the index can't give starts a sorter, the dearest part of this query.
  const auto key = [](const AttachmentRow& a) { return std::pair(std::atoi(a.material.c_str()), a.id); };
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  return out;
}

void SqliteStore::markAttachmentRemoved(std::int64_t attachmentId, std::int64_t at) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE attachments SET removed_at = ? WHERE id = ?").bindAll(at, attachmentId).run();
}

std::int64_t SqliteStore::insertInbox(const InboxRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO inbox(user_id, application_id, at, title, body, comments, read) VALUES(?, ?, ?, ?, ?, ?, 0)")
      .bindAll(r.userId, r.applicationId, r.at, r.title, r.body, r.comments)
      .run();
  return db().lastInsertId();
}

std::vector<InboxRow> SqliteStore::inbox(std::int64_t userId, int limit) {
  auto s = db().prepare(
      "SELECT id, user_id, application_id, at, title, body, comments, read FROM inbox WHERE user_id = ? "
      "ORDER BY id DESC LIMIT ?");
  s.bindAll(userId, limit);
  std::vector<InboxRow> out;
  while (s.step())
    out.push_back({s.integer(0), s.integer(1), s.optionalInteger(2), s.integer(3), s.text(4), s.text(5), s.text(6),
                   s.integer(7) != 0});
  return out;
}

bool SqliteStore::markInboxRead(std::int64_t userId, std::int64_t id) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE inbox SET read = 1 WHERE id = ? AND user_id = ?").bindAll(id, userId).run();
  return db().changes() > 0;
}

void SqliteStore::insertRemoval(const RemovalRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare("INSERT INTO removals(uscc, removed_on, reason, application_id) VALUES(?, ?, ?, ?)")
      .bindAll(r.uscc, r.removedOn, r.reason, r.applicationId)
      .run();
}

std::vector<RemovalRow> SqliteStore::removals(const std::string& uscc) {
  auto s = db().prepare("SELECT uscc, removed_on, reason, application_id FROM removals WHERE uscc = ?");
  s.bindAll(uscc);
  std::vector<RemovalRow> out;
  while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.optionalInteger(3)});
  return out;
}

std::int64_t SqliteStore::insertPublicityBatch(const std::string& startOn, const std::string& endOn,
                                               std::int64_t createdBy, std::int64_t at) {
  std::lock_guard lock(writeMutex_);
  db().prepare("INSERT INTO publicity_batches(start_on, end_on, created_by, created_at) VALUES(?, ?, ?, ?)")
      .bindAll(startOn, endOn, createdBy, at)
      .run();
  return db().lastInsertId();
}

std::optional<std::pair<std::string, std::string>> SqliteStore::publicityBatch(std::int64_t id) {
  auto s = db().prepare("SELECT start_on, end_on FROM publicity_batches WHERE id = ?");
  s.bindAll(id);
  if (!s.step()) return std::nullopt;
  return std::pair{s.text(0), s.text(1)};
}

}  // namespace sxpool::store
