--liquibase formatted sql

--changeset replika:2026-12-01-14-audit-entry
-- The audit trail: append-only, one row per change, login, export, import or download. Ids are given by the
-- writer (audit_head.last_id + 1 under the head's row lock), so they form an unbroken sequence; each row's hash
-- covers the previous row's hash and this row's content (see ADR 0016).
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    user_role      VARCHAR(20)  NULL,
    unit_id        BIGINT       NULL,
    record_type    VARCHAR(60)  NULL,
    record_id      BIGINT       NULL,
    action         VARCHAR(20)  NOT NULL,
    details        LONGTEXT     NULL,
    client_address VARCHAR(64)  NULL,
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    CONSTRAINT ck_audit_entry_details_json CHECK (details IS NULL OR JSON_VALID(details))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
-- the grid: newest first, narrowed by user, by record or by action
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_user ON audit_entry (username, occurred_at);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
--rollback DROP TABLE audit_entry;

--changeset replika:2026-12-01-14-audit-head
-- One row: the last entry's id and hash. Writers lock it (SELECT ... FOR UPDATE) to extend the chain one at a time.
CREATE TABLE audit_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
--rollback DROP TABLE audit_head;

--changeset replika:2026-12-01-14-audit-entry-append-only splitStatements:false
-- The database itself refuses to change or remove an audit entry, whoever asks
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
--rollback DROP TRIGGER audit_entry_no_update;

--changeset replika:2026-12-01-14-audit-entry-no-delete splitStatements:false
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
--rollback DROP TRIGGER audit_entry_no_delete;

--changeset replika:2026-12-01-14-audit-head-no-delete splitStatements:false
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_head cannot be deleted';
--rollback DROP TRIGGER audit_head_no_delete;
