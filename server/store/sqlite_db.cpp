#include "store/sqlite_db.hpp"

#include <unistd.h>

#include <cerrno>

namespace sxpool::store {

bool isNoSpace(int error) { return error == ENOSPC || error == EDQUOT; }

namespace {

// SQLITE_FULL, or an I/O error whose cause was a full disk (a write or an fsync of the WAL).
bool diskFull(sqlite3* db) {
  if (!db) return false;
  const int code = sqlite3_extended_errcode(db) & 0xff;
  return code == SQLITE_FULL || (code == SQLITE_IOERR && isNoSpace(sqlite3_system_errno(db)));
}

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  const std::string message = what + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
  if (diskFull(db)) throw StorageFull(message);
  if (db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_BUSY) throw StorageBusy(message);
  throw StoreError(message);
}

}  // namespace

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    fail(db, "prepare " + std::string(sql.substr(0, 80)));
}

Stmt::~Stmt() {
  if (inUse_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    *inUse_ = false;
  } else {
    sqlite3_finalize(stmt_);
  }
}

Stmt Db::prepare(std::string_view sql) {
  auto& entry = cache_[std::string(sql)];
  if (entry.inUse) return Stmt(db_, sql);  // the same query nested: a private copy
  if (!entry.stmt) {
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &entry.stmt, nullptr) != SQLITE_OK)
      fail(db_, "prepare " + std::string(sql.substr(0, 80)));
  }
  entry.inUse = true;
  return Stmt(db_, entry.stmt, &entry.inUse);
}

Stmt& Stmt::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Stmt& Stmt::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Stmt& Stmt::bind(int index, std::string_view value) {
  if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail(db_, "bind");
  return *this;
}

Stmt& Stmt::bind(int index, std::nullopt_t) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

bool Stmt::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, "step");
}

void Stmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Stmt::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Stmt::text(int column) const {
  auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

bool Stmt::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::optional<std::string> Stmt::optionalText(int column) const {
  if (isNull(column)) return std::nullopt;
  return text(column);
}

std::optional<std::int64_t> Stmt::optionalInteger(int column) const {
  if (isNull(column)) return std::nullopt;
  return integer(column);
}

Db::Db(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("无法打开数据库 " + path + "：" + message);
  }
  sqlite3_busy_timeout(db_, 10000);
  exec("PRAGMA journal_mode=WAL");
  exec("PRAGMA synchronous=FULL");
  exec("PRAGMA foreign_keys=ON");
}

Db::~Db() {
  for (auto& [sql, entry] : cache_) sqlite3_finalize(entry.stmt);
  sqlite3_close_v2(db_);
}

void Db::exec(std::string_view sql) {
  char* error = nullptr;
  std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown";
    sqlite3_free(error);
    if (diskFull(db_)) throw StorageFull("SQL 执行失败：" + message);
    if ((sqlite3_extended_errcode(db_) & 0xff) == SQLITE_BUSY) throw StorageBusy("SQL 执行失败：" + message);
    throw StoreError("SQL 执行失败：" + message);
  }
}

std::string databaseWriteProblem(const std::string& path, int waitMilliseconds) {
  if (::access(path.c_str(), F_OK) != 0) return {};
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return "无法打开数据库 " + path + "（" + message + "）：请检查文件权限，或从备份恢复（sxpool restore --help）";
  }
  std::string problem;
  sqlite3_busy_timeout(db, waitMilliseconds);
  if (sqlite3_db_readonly(db, "main") == 1 || ::access(path.c_str(), W_OK) != 0) {
    problem = "数据库文件 " + path +
              " 是只读的，服务器无法写入：请恢复它的写权限（例如 chmod u+w，chattr -i），"
              "或检查数据目录所在的文件系统是否以只读方式挂载";
  } else if (int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
    const int code = rc & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
      problem = "数据库 " + path + " 正被另一个进程锁定（等待 " + std::to_string(waitMilliseconds / 1000) +
                " 秒后仍未释放）：请关闭正在使用它的程序（例如打开着的 sqlite3 命令行），再启动服务器";
    else if (code == SQLITE_READONLY)
      problem = "数据库文件 " + path + " 是只读的，服务器无法写入：请恢复它的写权限，或检查文件系统的挂载方式";
    else
      problem = "数据库 " + path + " 无法写入（" + sqlite3_errmsg(db) + "）：请检查文件与磁盘，必要时从备份恢复";
  } else {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  sqlite3_close(db);
  return problem;
}

Transaction::Transaction(Db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {}
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace sxpool::store
