--liquibase formatted sql

-- User administration: a password an administrator set or reset must be changed at the next sign-in. The users
-- grid filters on active and sorts by username or full name.
--changeset replika:2026-12-01-15-user-must-change-password
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE AFTER active;
--rollback ALTER TABLE app_user DROP COLUMN must_change_password;

--changeset replika:2026-12-01-15-user-grid-indexes
CREATE INDEX ix_app_user_active_username ON app_user (active, username);
CREATE INDEX ix_app_user_full_name ON app_user (full_name);
--rollback DROP INDEX ix_app_user_full_name ON app_user; DROP INDEX ix_app_user_active_username ON app_user;
