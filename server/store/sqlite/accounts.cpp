// SqliteStore: the users and sessions tables.
#include "store/sqlite_store.hpp"

namespace sxpool::store {
namespace {

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

}  // namespace

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

}  // namespace sxpool::store
