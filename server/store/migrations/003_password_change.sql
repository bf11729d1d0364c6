-- 003: an admin's password reset makes the user choose a new password at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
CREATE INDEX audit_by_unit ON audit_log(unit_code, id);
