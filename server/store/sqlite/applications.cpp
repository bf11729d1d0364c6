// SqliteStore: the applications, their viewers (the units that see each one) and their versions.
#include "store/sqlite_store.hpp"

#include <utility>

namespace sxpool::store {
namespace {

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

}  // namespace

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

}  // namespace sxpool::store
