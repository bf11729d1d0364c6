#pragma once
// The audit log's columns and how a row of them reads, for both audit queries (audit_inbox.cpp, audit_filter.cpp).
#include "store/sqlite_store.hpp"

namespace sxpool::store::audit_rows {

inline constexpr const char* kSelect =
    "SELECT id, at, user_id, account, unit_code, event, application_id, from_state, to_state, comment, detail "
    "FROM audit_log ";

inline std::vector<AuditRow> readAll(Stmt& s) {
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

}  // namespace sxpool::store::audit_rows
