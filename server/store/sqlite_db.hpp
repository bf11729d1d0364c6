#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/store_error.hpp"

namespace sxpool::store {

// A prepared statement; values are only ever bound, never spliced into SQL text.
class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  // A statement borrowed from the connection's cache: reset, not finalized, when done.
  Stmt(sqlite3* db, sqlite3_stmt* cached, bool* inUse) : db_(db), stmt_(cached), inUse_(inUse) {}
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int index, std::int64_t value);
  Stmt& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Stmt& bind(int index, double value);
  Stmt& bind(int index, std::string_view value);
  Stmt& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Stmt& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Stmt& bind(int index, std::nullopt_t);
  template <class T>
  Stmt& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
  }
  template <class... Args>
  Stmt& bindAll(const Args&... args) {
    int i = 0;
    (bind(++i, args), ...);
    return *this;
  }

  bool step();  // true: a row is ready
  void run() {
    while (step()) {}
  }
  void reset();

  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optionalText(int column) const;
  std::optional<std::int64_t> optionalInteger(int column) const;
  bool isNull(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool* inUse_ = nullptr;
};

// Binds an empty text as NULL (the optional references: a user's unit, a unit's parent).
inline std::optional<std::string> emptyAsNull(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// One connection. Foreign keys on, WAL with synchronous=FULL: a receipt we issued survives power loss.
class Db {
 public:
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(std::string_view sql);     // trusted, constant SQL only (migrations, pragmas)
  Stmt prepare(std::string_view sql);  // cached per connection: each SQL text is compiled once
  std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    bool inUse = false;
  };
  std::unordered_map<std::string, Cached> cache_;
};

// Before the server opens its store: can the database at `path` be written, now? Empty when it can (or does not
// exist yet), else a Chinese message saying why not and what to do: the file is read-only, or another process
// (an open sqlite3 shell, another program) holds its write lock for longer than `wait` milliseconds.
std::string databaseWriteProblem(const std::string& path, int waitMilliseconds);

// BEGIN IMMEDIATE … COMMIT; rolls back unless commit() ran.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace sxpool::store
