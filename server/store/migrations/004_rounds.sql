-- 004: application rounds and the holiday calendar per year (issue 14). A round's settings are the JSON of
-- RoundSettings (sxpool/api/rounds.hpp codec); the 2026 round and the embedded holidays.csv years are seeded at the
-- first start (services/round_registry.cpp), since the codec lives in C++.
CREATE TABLE rounds (
  year INTEGER PRIMARY KEY,
  settings TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  updated_at INTEGER NOT NULL
);
-- One round open for applications at a time.
CREATE UNIQUE INDEX rounds_one_open ON rounds(status) WHERE status = 'open';

CREATE TABLE holiday_calendars (
  year INTEGER PRIMARY KEY,
  csv TEXT NOT NULL,
  loaded_at INTEGER NOT NULL
);
