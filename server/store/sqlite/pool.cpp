// SqliteStore: the admitted pool (指南第九、十二、十三条; migration 005): classifications, annual evaluations,
// products and cases.
#include "store/sqlite_store.hpp"

namespace sxpool::store {
namespace {

constexpr const char* kClassificationColumns =
    "application_id, character, service_class, admitted_on, source, updated_at, updated_by";

ClassificationRow classificationAt(const Stmt& s, int first) {
  return {s.integer(first),  s.text(first + 1),    s.text(first + 2),           s.text(first + 3),
          s.text(first + 4), s.integer(first + 5), s.optionalInteger(first + 6)};
}

}  // namespace

void SqliteStore::upsertClassification(const ClassificationRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(std::string("INSERT INTO classifications(") + kClassificationColumns +
               ") VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(application_id) DO UPDATE SET "
               "character = excluded.character, service_class = excluded.service_class, "
               "admitted_on = excluded.admitted_on, source = excluded.source, updated_at = excluded.updated_at, "
               "updated_by = excluded.updated_by")
      .bindAll(r.applicationId, r.character, r.serviceClass, r.admittedOn, r.source, r.updatedAt, r.updatedBy)
      .run();
}

std::optional<ClassificationRow> SqliteStore::classification(std::int64_t applicationId) {
  auto s =
      db().prepare(std::string("SELECT ") + kClassificationColumns + " FROM classifications WHERE application_id = ?");
  s.bindAll(applicationId);
  if (!s.step()) return std::nullopt;
  return classificationAt(s, 0);
}

std::vector<AdmittedRow> SqliteStore::admittedInstitutions() {
  auto s = db().prepare(
      "SELECT a.id, a.uscc, a.name, a.city_code, a.county_code, a.directions, a.round_year, c.application_id, "
      "c.character, c.service_class, c.admitted_on, c.source, c.updated_at, c.updated_by "
      "FROM applications a LEFT JOIN classifications c ON c.application_id = a.id "
      "WHERE a.state = 'admitted' ORDER BY a.id");
  std::vector<AdmittedRow> out;
  while (s.step()) {
    AdmittedRow row{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), static_cast<int>(s.integer(6)),
                    std::nullopt};
    if (!s.isNull(7)) row.classification = classificationAt(s, 7);
    out.push_back(std::move(row));
  }
  return out;
}

void SqliteStore::upsertEvaluation(const EvaluationRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO evaluations(application_id, year, result, site_check, decision, meeting_ref, comment, "
          "recorded_by, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(application_id, year) DO UPDATE "
          "SET result = excluded.result, site_check = excluded.site_check, decision = excluded.decision, "
          "meeting_ref = excluded.meeting_ref, comment = excluded.comment, recorded_by = excluded.recorded_by, "
          "recorded_at = excluded.recorded_at")
      .bindAll(r.applicationId, r.year, r.result, r.siteCheck, r.decision, r.meetingRef, r.comment, r.recordedBy,
               r.recordedAt)
      .run();
}

std::vector<EvaluationRow> SqliteStore::evaluations(std::int64_t applicationId) {
  auto s = db().prepare(
      "SELECT id, application_id, year, result, site_check, decision, meeting_ref, comment, recorded_by, "
      "recorded_at FROM evaluations WHERE application_id = ? ORDER BY year");
  s.bindAll(applicationId);
  std::vector<EvaluationRow> out;
  while (s.step())
    out.push_back({s.integer(0), s.integer(1), static_cast<int>(s.integer(2)), s.text(3), s.text(4), s.text(5),
                   s.text(6), s.text(7), s.optionalInteger(8), s.integer(9)});
  return out;
}

void SqliteStore::upsertPoolProfile(const PoolProfileRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO pool_profiles(application_id, products, cases, revision, updated_at) VALUES(?, ?, ?, ?, ?) "
          "ON CONFLICT(application_id) DO UPDATE SET products = excluded.products, cases = excluded.cases, "
          "revision = excluded.revision, updated_at = excluded.updated_at")
      .bindAll(r.applicationId, r.products, r.cases, r.revision, r.updatedAt)
      .run();
}

std::optional<PoolProfileRow> SqliteStore::poolProfile(std::int64_t applicationId) {
  auto s = db().prepare(
      "SELECT application_id, products, cases, revision, updated_at FROM pool_profiles WHERE application_id = ?");
  s.bindAll(applicationId);
  if (!s.step()) return std::nullopt;
  return PoolProfileRow{s.integer(0), s.text(1), s.text(2), s.integer(3), s.integer(4)};
}

}  // namespace sxpool::store
