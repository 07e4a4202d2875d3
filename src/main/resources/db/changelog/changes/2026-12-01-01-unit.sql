--liquibase formatted sql

--changeset replika:2026-12-01-01-unit
CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    city        VARCHAR(100) NULL,
    province    VARCHAR(100) NULL,
    head_name   VARCHAR(150) NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    modified_by VARCHAR(64)  NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT ck_unit_type CHECK (type IN ('MINISTRY', 'DIRECTORATE', 'UPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_unit_name ON unit (name);
CREATE INDEX ix_unit_type_name ON unit (type, name);
CREATE INDEX ix_unit_province_name ON unit (province, name);
CREATE INDEX ix_unit_city ON unit (city);
CREATE INDEX ix_unit_active_name ON unit (active, name);
--rollback DROP TABLE unit;

--changeset replika:2026-12-01-01-unit-parent-fk
CREATE INDEX ix_unit_parent ON unit (parent_id);
ALTER TABLE unit ADD CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id);
--rollback ALTER TABLE unit DROP FOREIGN KEY fk_unit_parent;
