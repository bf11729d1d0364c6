// SqliteStore: after admission (指南第十、十一条, migration 006): quarterly service reports, the published 通报 lists,
// major-change reports and removal proposals.
#include "store/sqlite_store.hpp"

namespace sxpool::store {
namespace {

constexpr const char* kReportColumns =
    "id, application_id, period_due, filed_on, enterprises_served, activities, public_services, income_hundredths, "
    "cases, summary, filed_by, created_at";

ServiceReportRow readReport(const Stmt& s) {
  ServiceReportRow r;
  r.id = s.integer(0);
  r.applicationId = s.integer(1);
  r.periodDue = s.text(2);
  r.filedOn = s.text(3);
  r.enterprisesServed = static_cast<int>(s.integer(4));
  r.activities = static_cast<int>(s.integer(5));
  r.publicServices = static_cast<int>(s.integer(6));
  r.incomeHundredths = s.integer(7);
  r.cases = static_cast<int>(s.integer(8));
  r.summary = s.text(9);
  r.filedBy = s.integer(10);
  r.createdAt = s.integer(11);
  return r;
}

constexpr const char* kChangeColumns =
    "id, application_id, kind, change_date, filed_on, due_on, description, new_name, new_address, old_name, "
    "old_address, review_unit, state, decided_by, decided_on, decision_note, filed_by, created_at";

ChangeReportRow readChange(const Stmt& s) {
  ChangeReportRow r;
  r.id = s.integer(0);
  r.applicationId = s.integer(1);
  r.kind = s.text(2);
  r.changeDate = s.text(3);
  r.filedOn = s.text(4);
  r.dueOn = s.text(5);
  r.description = s.text(6);
  r.newName = s.text(7);
  r.newAddress = s.text(8);
  r.oldName = s.text(9);
  r.oldAddress = s.text(10);
  r.reviewUnit = s.text(11);
  r.state = s.text(12);
  r.decidedBy = s.optionalInteger(13);
  r.decidedOn = s.optionalText(14);
  r.decisionNote = s.text(15);
  r.filedBy = s.integer(16);
  r.createdAt = s.integer(17);
  return r;
}

constexpr const char* kProposalColumns =
    "id, application_id, source, basis, reason, proposed_on, proposed_by, state, decided_by, decided_on, note";

RemovalProposalRow readProposal(const Stmt& s) {
  RemovalProposalRow r;
  r.id = s.integer(0);
  r.applicationId = s.integer(1);
  r.source = s.text(2);
  r.basis = s.text(3);
  r.reason = s.text(4);
  r.proposedOn = s.text(5);
  r.proposedBy = s.optionalInteger(6);
  r.state = s.text(7);
  r.decidedBy = s.optionalInteger(8);
  r.decidedOn = s.optionalText(9);
  r.note = s.text(10);
  return r;
}

}  // namespace

std::vector<ApplicationRow> SqliteStore::applicationsInState(const std::string& state) {
  return selectApplications("WHERE state = ? ORDER BY id", [&](Stmt& s) { s.bindAll(state); });
}

std::int64_t SqliteStore::insertServiceReport(const ServiceReportRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO service_reports(application_id, period_due, filed_on, enterprises_served, activities, "
          "public_services, income_hundredths, cases, summary, filed_by, created_at) "
          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.periodDue, r.filedOn, r.enterprisesServed, r.activities, r.publicServices,
               r.incomeHundredths, r.cases, r.summary, r.filedBy, r.createdAt)
      .run();
  return db().lastInsertId();
}

std::vector<ServiceReportRow> SqliteStore::serviceReports(std::optional<std::int64_t> applicationId) {
  auto s = db().prepare(std::string("SELECT ") + kReportColumns + " FROM service_reports" +
                        (applicationId ? " WHERE application_id = ?" : "") + " ORDER BY application_id, period_due");
  if (applicationId) s.bindAll(*applicationId);
  std::vector<ServiceReportRow> out;
  while (s.step()) out.push_back(readReport(s));
  return out;
}

std::int64_t SqliteStore::insertNoticeList(const NoticeListRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare("INSERT INTO report_notices(published_on, published_by, created_at) VALUES(?, ?, ?)")
      .bindAll(r.publishedOn, r.publishedBy, r.createdAt)
      .run();
  const std::int64_t id = db().lastInsertId();
  auto insert = db().prepare(
      "INSERT INTO report_notice_entries(notice_id, application_id, name, uscc, city_code, misses, missed_dues) "
      "VALUES(?, ?, ?, ?, ?, ?, ?)");
  for (const auto& e : r.entries) {
    insert.bindAll(id, e.applicationId, e.name, e.uscc, e.cityCode, e.misses, e.missedDues).run();
    insert.reset();
  }
  return id;
}

std::vector<NoticeListRow> SqliteStore::noticeLists() {
  std::vector<NoticeListRow> out;
  auto s = db().prepare("SELECT id, published_on, published_by, created_at FROM report_notices ORDER BY id DESC");
  while (s.step()) out.push_back({s.integer(0), s.text(1), s.integer(2), s.integer(3), {}});
  auto e = db().prepare(
      "SELECT application_id, name, uscc, city_code, misses, missed_dues FROM report_notice_entries "
      "WHERE notice_id = ? ORDER BY rowid");
  for (auto& list : out) {
    e.bindAll(list.id);
    while (e.step())
      list.entries.push_back(
          {e.integer(0), e.text(1), e.text(2), e.text(3), static_cast<int>(e.integer(4)), e.text(5)});
    e.reset();
  }
  return out;
}

std::int64_t SqliteStore::insertChangeReport(const ChangeReportRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO change_reports(application_id, kind, change_date, filed_on, due_on, description, new_name, "
          "new_address, old_name, old_address, review_unit, state, decided_by, decided_on, decision_note, filed_by, "
          "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.kind, r.changeDate, r.filedOn, r.dueOn, r.description, r.newName, r.newAddress,
               r.oldName, r.oldAddress, r.reviewUnit, r.state, r.decidedBy, r.decidedOn, r.decisionNote, r.filedBy,
               r.createdAt)
      .run();
  return db().lastInsertId();
}

std::optional<ChangeReportRow> SqliteStore::changeReport(std::int64_t id) {
  auto s = db().prepare(std::string("SELECT ") + kChangeColumns + " FROM change_reports WHERE id = ?");
  s.bindAll(id);
  if (!s.step()) return std::nullopt;
  return readChange(s);
}

std::vector<ChangeReportRow> SqliteStore::changeReports(std::optional<std::int64_t> applicationId) {
  auto s = db().prepare(std::string("SELECT ") + kChangeColumns + " FROM change_reports" +
                        (applicationId ? " WHERE application_id = ?" : "") + " ORDER BY id DESC");
  if (applicationId) s.bindAll(*applicationId);
  std::vector<ChangeReportRow> out;
  while (s.step()) out.push_back(readChange(s));
  return out;
}

void SqliteStore::updateChangeReport(const ChangeReportRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "UPDATE change_reports SET state = ?, old_name = ?, old_address = ?, decided_by = ?, decided_on = ?, "
          "decision_note = ? WHERE id = ?")
      .bindAll(r.state, r.oldName, r.oldAddress, r.decidedBy, r.decidedOn, r.decisionNote, r.id)
      .run();
}

std::int64_t SqliteStore::insertRemovalProposal(const RemovalProposalRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare(
          "INSERT INTO removal_proposals(application_id, source, basis, reason, proposed_on, proposed_by, state, "
          "decided_by, decided_on, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bindAll(r.applicationId, r.source, r.basis, r.reason, r.proposedOn, r.proposedBy, r.state, r.decidedBy,
               r.decidedOn, r.note)
      .run();
  return db().lastInsertId();
}

std::vector<RemovalProposalRow> SqliteStore::removalProposals(std::optional<std::int64_t> applicationId) {
  auto s = db().prepare(std::string("SELECT ") + kProposalColumns + " FROM removal_proposals" +
                        (applicationId ? " WHERE application_id = ?" : "") + " ORDER BY id");
  if (applicationId) s.bindAll(*applicationId);
  std::vector<RemovalProposalRow> out;
  while (s.step()) out.push_back(readProposal(s));
  return out;
}

void SqliteStore::updateRemovalProposal(const RemovalProposalRow& r) {
  std::lock_guard lock(writeMutex_);
  db().prepare("UPDATE removal_proposals SET state = ?, decided_by = ?, decided_on = ?, note = ? WHERE id = ?")
      .bindAll(r.state, r.decidedBy, r.decidedOn, r.note, r.id)
      .run();
}

}  // namespace sxpool::store
