// SqliteStore: the audit log read with the viewer's filters (GET /api/v1/audit), newest first.
#include "store/sqlite/audit_rows.hpp"

namespace sxpool::store {

std::vector<AuditRow> SqliteStore::audit(const AuditFilter& f) {
  std::string sql = std::string(audit_rows::kSelect) + "l WHERE 1 = 1";
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
  return audit_rows::readAll(s);
}

}  // namespace sxpool::store
