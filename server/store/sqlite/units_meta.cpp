// SqliteStore: the meta and sequences tables, and the units.
#include "store/sqlite_store.hpp"

namespace sxpool::store {

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

}  // namespace sxpool::store
