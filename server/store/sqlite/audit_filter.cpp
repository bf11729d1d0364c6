// SqliteStore: the audit log read with the viewer's filters (GET /api/v1/audit), newest first.
#include "store/sqlite_store.hpp"

namespace sxpool::store {

std::vector<AuditRow> SqliteStore::audit(const AuditFilter& f) {
  std::string sql =
      "SELECT id, at, user_id, account, unit_code, event, application_id, from_state, to_state, comment, detail "
      "FROM audit_log l WHERE 1 = 1";
  if (!f.account.empty()) sql += " AND account = ? COLLATE NOCASE";
  if (!f.unitCode.empty()) sql += " AND unit_code = ?";
  if (!f.event.empty()) sql += " AND event = ?";
  if (f.applicationId) sql += " AND application_id = ?";
  if (f.fromAt) sql += " AND at >= ?";
  if (f.untilAt) sql += " AND at < ?";
  // A scoped viewer: its own unit's rows, and the rows on applications its unit may view.
  if (f.viewerUnit)
    sql +=
        " AND (unit_code = ? OR application_id IN (SELECT application_id FROM application_viewers WHERE unit_code "
        "= ?))";
  auto s = db().prepare(sql + " ORDER BY id DESC LIMIT ?");
  int i = 1;
  if (!f.account.empty()) s.bind(i++, f.account);
  if (!f.unitCode.empty()) s.bind(i++, f.unitCode);
  if (!f.event.empty()) s.bind(i++, f.event);
  if (f.applicationId) s.bind(i++, *f.applicationId);
  if (f.fromAt) s.bind(i++, *f.fromAt);
  if (f.untilAt) s.bind(i++, *f.untilAt);
  if (f.viewerUnit) s.bind(i++, *f.viewerUnit), s.bind(i++, *f.viewerUnit);
  s.bind(i++, f.limit);
  std::vector<AuditRow> out;
  while (s.step()) {
    AuditRow r;
    r.id = s.integer(0);
    r.at = s.integer(1);
    r.userId = s.optionalInteger(2);
    r.account = s.text(3);
    r.unitCode = s.text(4);
    r.event = s.text(5);
    r.applicationId = s.optionalInteger(6);
    r.fromState = s.optionalText(7);
    r.toState = s.optionalText(8);
    r.comment = s.text(9);
    r.detail = s.text(10);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace sxpool::store
