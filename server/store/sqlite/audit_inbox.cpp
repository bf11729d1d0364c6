// SqliteStore: the audit log, the inbox, 第十二条 removals and publicity batches.
#include "store/sqlite/audit_rows.hpp"

#include <utility>

namespace sxpool::store {

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
  const std::string columns = audit_rows::kSelect;
  auto s = db().prepare(columns +
                        (applicationId ? "WHERE application_id = ? ORDER BY id LIMIT ?" : "ORDER BY id DESC LIMIT ?"));
  if (applicationId)
    s.bindAll(*applicationId, limit);
  else
    s.bindAll(limit);
  return audit_rows::readAll(s);
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

std::vector<PublicityBatchRow> SqliteStore::publicityBatches() {
  auto s = db().prepare("SELECT id, start_on, end_on, created_at FROM publicity_batches ORDER BY id DESC");
  std::vector<PublicityBatchRow> out;
  while (s.step()) out.push_back({s.integer(0), s.text(1), s.text(2), s.integer(3)});
  return out;
}

}  // namespace sxpool::store
