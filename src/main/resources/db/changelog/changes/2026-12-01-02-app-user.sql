--liquibase formatted sql

--changeset replika:2026-12-01-02-app-user
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    unit_id       BIGINT       NULL,
    partner_id    BIGINT       NULL,
    language      VARCHAR(8)   NOT NULL DEFAULT 'id',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'PANRB', 'DIRECTOR', 'UPT_OPERATOR', 'CSR_PARTNER')),
    CONSTRAINT ck_app_user_operator_unit CHECK (role <> 'UPT_OPERATOR' OR unit_id IS NOT NULL),
    CONSTRAINT ck_app_user_partner CHECK (role <> 'CSR_PARTNER' OR partner_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_app_user_role ON app_user (role);
CREATE INDEX ix_app_user_partner ON app_user (partner_id);
--rollback DROP TABLE app_user;

--changeset replika:2026-12-01-02-app-user-unit-fk
CREATE INDEX ix_app_user_unit ON app_user (unit_id);
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
--rollback ALTER TABLE app_user DROP FOREIGN KEY fk_app_user_unit;
