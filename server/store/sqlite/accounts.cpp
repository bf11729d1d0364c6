// SqliteStore: the users and sessions tables.
#include "store/sqlite_store.hpp"

namespace sxpool::store {
namespace {

constexpr const char* kUserColumns =
    "id, account, password_hash, role, COALESCE(unit_code, ''), display_name, uscc, contact_name, contact_phone, "
    "email, failed_logins, locked_until, disabled, created_at, must_change_password";

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
  u.mustChangePassword = s.integer(14) != 0;
  return u;
}

}  // namespace

std::int64_t SqliteStore::insertUser(const UserRow& u) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO users(account, password_hash, role, unit_code, display_name, uscc, contact_name, "
          "contact_phone, email, failed_logins, locked_until, disabled, created_at, must_change_password) "
          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)")
      .bindAll(u.account, u.passwordHash, u.role, emptyAsNull(u.unitCode), u.displayName, u.uscc, u.contactName,
               u.contactPhone, u.email, u.disabled ? 1 : 0, u.createdAt, u.mustChangePassword ? 1 : 0)
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

std::vector<UserRow> SqliteStore::users(const UserFilter& f) {
  std::string sql = std::string("SELECT ") + kUserColumns + " FROM users WHERE 1 = 1";
  if (!f.roles.empty()) {
    sql += " AND role IN (";
    for (size_t i = 0; i < f.roles.size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
  }
  if (!f.unitCode.empty()) sql += " AND unit_code = ?";
  if (!f.text.empty()) sql += " AND (instr(account, ?) > 0 OR instr(display_name, ?) > 0)";
  auto s = db().prepare(sql + " ORDER BY id LIMIT 5000");
  int i = 1;
  for (const auto& role : f.roles) s.bind(i++, role);
  if (!f.unitCode.empty()) s.bind(i++, f.unitCode);
  if (!f.text.empty()) s.bind(i++, f.text), s.bind(i++, f.text);
  std::vector<UserRow> out;
  while (s.step()) out.push_back(readUser(s));
  return out;
}

void SqliteStore::setDisabled(std::int64_t userId, bool disabled) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE users SET disabled = ? WHERE id = ?").bindAll(disabled ? 1 : 0, userId).run();
}

void SqliteStore::setPassword(std::int64_t userId, const std::string& passwordHash, bool mustChange) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "UPDATE users SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = 0 "
          "WHERE id = ?")
      .bindAll(passwordHash, mustChange ? 1 : 0, userId)
      .run();
}

void SqliteStore::deleteSessionsOf(std::int64_t userId) {
  std::lock_guard lock(writeMutex_);
  db().prepare("DELETE FROM sessions WHERE user_id = ?").bindAll(userId).run();
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
