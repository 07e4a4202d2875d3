--liquibase formatted sql

--changeset replika:2026-12-01-09-notification
-- In-app notifications, addressed to an audience (a role, optionally narrowed to one unit), not to single users
CREATE TABLE notification (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    audience_role    VARCHAR(20)   NOT NULL,
    audience_unit_id BIGINT        NULL,
    message_key      VARCHAR(100)  NOT NULL,
    message_args     VARCHAR(1000) NULL,
    link             VARCHAR(200)  NOT NULL,
    dedupe_key       VARCHAR(150)  NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_notification_dedupe_key UNIQUE (dedupe_key),
    CONSTRAINT ck_notification_audience_role CHECK (audience_role IN ('ADMIN', 'PANRB', 'DIRECTOR', 'UPT_OPERATOR',
        'CSR_PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
-- what a signed-in user receives, newest first: role, then own unit or none
CREATE INDEX ix_notification_audience ON notification (audience_role, audience_unit_id, created_at);
--rollback DROP TABLE notification;

--changeset replika:2026-12-01-09-notification-unit-fk
CREATE INDEX ix_notification_unit ON notification (audience_unit_id);
ALTER TABLE notification ADD CONSTRAINT fk_notification_unit FOREIGN KEY (audience_unit_id) REFERENCES unit (id);
--rollback ALTER TABLE notification DROP FOREIGN KEY fk_notification_unit;

--changeset replika:2026-12-01-09-notification-read
-- Read state per user: a row means this user has read this notification
CREATE TABLE notification_read (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    notification_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    read_at         DATETIME(6) NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    modified_by     VARCHAR(64) NOT NULL,
    modified_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_notification_read_notification_user UNIQUE (notification_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_notification_read_user ON notification_read (user_id);
--rollback DROP TABLE notification_read;

--changeset replika:2026-12-01-09-notification-read-fks
ALTER TABLE notification_read ADD CONSTRAINT fk_notification_read_notification
    FOREIGN KEY (notification_id) REFERENCES notification (id);
ALTER TABLE notification_read ADD CONSTRAINT fk_notification_read_user FOREIGN KEY (user_id) REFERENCES app_user (id);
--rollback ALTER TABLE notification_read DROP FOREIGN KEY fk_notification_read_user;
--rollback ALTER TABLE notification_read DROP FOREIGN KEY fk_notification_read_notification;
