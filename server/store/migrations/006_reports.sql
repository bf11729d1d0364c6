-- 006: after admission (指南第十、十一条): quarterly service reports, the 通报 lists the province publishes, major-change
-- reports and the removal proposals that reports lead to. Dates are ISO text; times Unix seconds.

-- 第十条: one report per admitted application and period (named by the period's due date: 3/15, 6/15, 9/15, 12/15).
CREATE TABLE service_reports (
  id                 INTEGER PRIMARY KEY,
  application_id     INTEGER NOT NULL REFERENCES applications(id),
  period_due         TEXT NOT NULL,
  filed_on           TEXT NOT NULL,
  enterprises_served INTEGER NOT NULL,
  activities         INTEGER NOT NULL,
  public_services    INTEGER NOT NULL,
  income_hundredths  INTEGER NOT NULL,   -- 万元 × 100
  cases              INTEGER NOT NULL,
  summary            TEXT NOT NULL DEFAULT '',
  filed_by           INTEGER NOT NULL,
  created_at         INTEGER NOT NULL,
  UNIQUE (application_id, period_due)
);

-- 第十条: a published 通报 list (连续2个周期未报送) and its entries as they stood on publication; lists are kept.
CREATE TABLE report_notices (
  id           INTEGER PRIMARY KEY,
  published_on TEXT NOT NULL,
  published_by INTEGER NOT NULL,
  created_at   INTEGER NOT NULL
);
CREATE TABLE report_notice_entries (
  notice_id      INTEGER NOT NULL REFERENCES report_notices(id),
  application_id INTEGER NOT NULL REFERENCES applications(id),
  name           TEXT NOT NULL,
  uscc           TEXT NOT NULL,
  city_code      TEXT NOT NULL DEFAULT '',
  misses         INTEGER NOT NULL,
  missed_dues    TEXT NOT NULL DEFAULT ''  -- "2026-06-15,2026-09-15"
);
CREATE INDEX report_notice_entries_by_notice ON report_notice_entries(notice_id);

-- 第十一条: a major change, filed by the institution, verified by the unit that routed its application.
CREATE TABLE change_reports (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  kind           TEXT NOT NULL,           -- rename | merger | restructuring | relocation | other
  change_date    TEXT NOT NULL,
  filed_on       TEXT NOT NULL,
  due_on         TEXT NOT NULL,           -- change date + 3 months
  description    TEXT NOT NULL,
  new_name       TEXT NOT NULL DEFAULT '',
  new_address    TEXT NOT NULL DEFAULT '',
  old_name       TEXT NOT NULL DEFAULT '',
  old_address    TEXT NOT NULL DEFAULT '',
  review_unit    TEXT NOT NULL,
  state          TEXT NOT NULL,           -- pending | accepted | removal_proposed
  decided_by     INTEGER,
  decided_on     TEXT,
  decision_note  TEXT NOT NULL DEFAULT '',
  filed_by       INTEGER NOT NULL,
  created_at     INTEGER NOT NULL
);
CREATE INDEX change_reports_by_application ON change_reports(application_id, id);
CREATE INDEX change_reports_by_unit ON change_reports(review_unit, id);

-- A removal the province confirms or dismisses: from missed reports (basis: the due date of the third consecutive
-- missed period) or from a change report (basis: its id).
CREATE TABLE removal_proposals (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  source         TEXT NOT NULL,           -- missed_reports | change_report
  basis          TEXT NOT NULL,
  reason         TEXT NOT NULL,           -- RemovalReason code
  proposed_on    TEXT NOT NULL,
  proposed_by    INTEGER,
  state          TEXT NOT NULL,           -- pending | confirmed | dismissed
  decided_by     INTEGER,
  decided_on     TEXT,
  note           TEXT NOT NULL DEFAULT '',
  UNIQUE (application_id, source, basis)
);
