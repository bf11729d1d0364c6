-- 001: the first schema. Times are Unix seconds (UTC); dates of the workflow are ISO text.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Review units: 117 counties, 11 cities, 综改区, 省级主管部门, the province.
CREATE TABLE units (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  level       TEXT NOT NULL,          -- county | city | reform_zone | department | province
  parent_code TEXT,
  sort        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  account       TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- applicants: their 统一社会信用代码
  password_hash TEXT NOT NULL,                        -- Argon2id (crypto_pwhash_str)
  role          TEXT NOT NULL,                        -- applicant | county | city | reform_zone | department | province | admin
  unit_code     TEXT REFERENCES units(code),
  display_name  TEXT NOT NULL,
  uscc          TEXT NOT NULL DEFAULT '',
  contact_name  TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER NOT NULL DEFAULT 0,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);

-- Session tokens are stored as their SHA-256 only.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY,
  at             INTEGER NOT NULL,
  user_id        INTEGER,
  account        TEXT NOT NULL DEFAULT '',
  unit_code      TEXT NOT NULL DEFAULT '',
  event          TEXT NOT NULL,      -- login | login_failed | login_locked | logout | action code | …
  application_id INTEGER,
  from_state     TEXT,
  to_state       TEXT,
  comment        TEXT NOT NULL DEFAULT '',
  detail         TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_by_application ON audit_log(application_id, id);
CREATE INDEX audit_by_user ON audit_log(user_id, id);

-- One application per applicant and round: the editable draft, the workflow case, the denormalised
-- columns the queue filters on.
CREATE TABLE applications (
  id              INTEGER PRIMARY KEY,
  owner_id        INTEGER NOT NULL REFERENCES users(id),
  round_year      INTEGER NOT NULL,
  uscc            TEXT NOT NULL DEFAULT '',
  name            TEXT NOT NULL DEFAULT '',
  state           TEXT NOT NULL,
  routing_kind    TEXT NOT NULL DEFAULT '',
  routing_unit    TEXT NOT NULL DEFAULT '',
  county_code     TEXT NOT NULL DEFAULT '',
  city_code       TEXT NOT NULL DEFAULT '',
  directions      TEXT NOT NULL DEFAULT '',   -- ",digital,policy,"
  holding_unit    TEXT NOT NULL DEFAULT '',
  draft           TEXT NOT NULL,
  draft_revision  INTEGER NOT NULL DEFAULT 0,
  draft_hash      TEXT NOT NULL DEFAULT '',
  workflow        TEXT NOT NULL,
  current_version INTEGER NOT NULL DEFAULT 0,
  receipt_no      TEXT,
  submitted_at    INTEGER,
  updated_at      INTEGER NOT NULL,
  UNIQUE (owner_id, round_year)
);
CREATE INDEX applications_by_uscc ON applications(uscc);

-- Immutable submitted copies; every resubmission adds one.
CREATE TABLE application_versions (
  application_id INTEGER NOT NULL REFERENCES applications(id),
  version        INTEGER NOT NULL,
  document       TEXT NOT NULL,
  receipt_no     TEXT NOT NULL,
  submitted_at   INTEGER NOT NULL,
  PRIMARY KEY (application_id, version)
);

-- Which review units may see an application (the domain's canView, evaluated at every state change).
CREATE TABLE application_viewers (
  unit_code      TEXT NOT NULL,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  state          TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  PRIMARY KEY (unit_code, application_id)
) WITHOUT ROWID;
CREATE INDEX viewers_recent ON application_viewers(unit_code, updated_at DESC, application_id DESC);
CREATE INDEX viewers_state ON application_viewers(unit_code, state);
CREATE INDEX viewers_by_application ON application_viewers(application_id);

-- Uploaded files by content hash; removed_at keeps files of earlier versions downloadable.
CREATE TABLE attachments (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  material       TEXT NOT NULL,
  file_name      TEXT NOT NULL,
  size           INTEGER NOT NULL,
  content_type   TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  uploaded_at    INTEGER NOT NULL,
  uploaded_by    INTEGER NOT NULL,
  removed_at     INTEGER
);
CREATE INDEX attachments_by_application ON attachments(application_id, material);

CREATE TABLE inbox (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  application_id INTEGER,
  at             INTEGER NOT NULL,
  title          TEXT NOT NULL,
  body           TEXT NOT NULL DEFAULT '',
  comments       TEXT NOT NULL DEFAULT '[]',
  read           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_by_user ON inbox(user_id, id DESC);

-- 第十二条: removals with a ban on re-entry.
CREATE TABLE removals (
  uscc           TEXT NOT NULL,
  removed_on     TEXT NOT NULL,
  reason         TEXT NOT NULL,
  application_id INTEGER
);
CREATE INDEX removals_by_uscc ON removals(uscc);

CREATE TABLE sequences (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);

CREATE TABLE publicity_batches (
  id         INTEGER PRIMARY KEY,
  start_on   TEXT NOT NULL,
  end_on     TEXT NOT NULL,
  created_by INTEGER,
  created_at INTEGER NOT NULL
);
