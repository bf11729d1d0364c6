-- 005: the admitted pool (指南第九、十二、十三条). An admitted institution is an application in state `admitted`;
-- its id is the institution's id.
-- 第九条: the classification the province sets at admission (or the 2025 import brings), editable with an audit row.
CREATE TABLE classifications (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  character      TEXT NOT NULL,                      -- public_welfare | socialized (ServiceCharacter code)
  service_class  TEXT NOT NULL,                      -- one ServiceClass code: innovation | hr | … | other
  admitted_on    TEXT NOT NULL,                      -- YYYY-MM-DD: quarterly periods count from here
  source         TEXT NOT NULL DEFAULT 'admission',  -- admission | import
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER
);
CREATE INDEX classifications_by_class ON classifications(service_class, character);

-- 第十二条: the annual evaluation, one per institution and year.
CREATE TABLE evaluations (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  year           INTEGER NOT NULL,
  result         TEXT NOT NULL,               -- qualified | unqualified
  site_check     TEXT NOT NULL DEFAULT '',    -- 现场核查 (empty: none)
  decision       TEXT NOT NULL,               -- keep | remove
  meeting_ref    TEXT NOT NULL,               -- 会议纪要/文号
  comment        TEXT NOT NULL DEFAULT '',
  recorded_by    INTEGER,
  recorded_at    INTEGER NOT NULL,
  UNIQUE(application_id, year)
);

-- 第十三条: the service products and cases an admitted institution keeps current (JSON arrays in the
-- application document's shape: products [{name, content, application}], cases [{title, enterprise, content,
-- effect}]); seeded from the admitted application, each change an audit row.
CREATE TABLE pool_profiles (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  products       TEXT NOT NULL DEFAULT '[]',
  cases          TEXT NOT NULL DEFAULT '[]',
  revision       INTEGER NOT NULL DEFAULT 0,
  updated_at     INTEGER NOT NULL
);
