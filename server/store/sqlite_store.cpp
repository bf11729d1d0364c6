// The store's frame: per-thread connections, the numbered migrations, transactions and the online backup.
// The tables' statements are in sqlite/*.cpp, one file per group of tables.
#include "store/sqlite_store.hpp"

#include <sys/stat.h>

#include <unordered_map>
#include <utility>

#include "store/migrations.hpp"

namespace sxpool::store {
namespace {

std::atomic<std::uint64_t> nextInstance{1};

// Per-thread connections, keyed by store instance (never reused, so a dead store's entry is never hit).
thread_local std::unordered_map<std::uint64_t, std::unique_ptr<Db>> threadConnections;

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
    // SQLite may have rolled the whole transaction back itself (a full disk, …): nothing is left to undo here,
    // and the caller's transaction has ended.
    if (sqlite3_get_autocommit(db().handle())) {
      try {
        throw;
      } catch (const StorageFull&) {
        throw;
      } catch (const std::exception& e) {
        throw TransactionLost(std::string("事务已被 SQLite 回滚：") + e.what());
      }
    }
    db().exec("ROLLBACK TO item");
    db().exec("RELEASE item");
    throw;
  }
  db().exec("RELEASE item");
}

std::vector<std::string> SqliteStore::integrityProblems() {
  std::vector<std::string> problems;
  auto integrity = db().prepare("PRAGMA integrity_check");
  while (integrity.step())
    if (integrity.text(0) != "ok") problems.push_back("数据库完整性检查：" + integrity.text(0));
  auto keys = db().prepare("PRAGMA foreign_key_check");
  while (keys.step())
    problems.push_back("表 " + keys.text(0) + " 第 " + std::to_string(keys.integer(1)) + " 行引用了表 " + keys.text(2) +
                       " 中不存在的行");
  return problems;
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

}  // namespace sxpool::store
