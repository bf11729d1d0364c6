-- 002: review queue indexes. A state filter seeks its own rows already in date order (the index also counts per
-- state, so it replaces viewers_state); the admin's list of every submitted application reads the newest first
-- instead of sorting the whole table.
CREATE INDEX viewers_state_recent ON application_viewers(unit_code, state, updated_at DESC, application_id DESC);
DROP INDEX viewers_state;
CREATE INDEX applications_recent ON applications(updated_at DESC, id DESC);
