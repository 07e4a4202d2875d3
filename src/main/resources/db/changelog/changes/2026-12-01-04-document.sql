--liquibase formatted sql

--changeset replika:2026-12-01-04-document
-- Attachments of any feature's records; the owner is a type and an id, not a foreign key
CREATE TABLE document (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    owner_type    VARCHAR(30)  NOT NULL,
    owner_id      BIGINT       NOT NULL,
    doc_type      VARCHAR(30)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    stored_name   VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_document_stored_name UNIQUE (stored_name),
    CONSTRAINT ck_document_size CHECK (size_bytes > 0),
    CONSTRAINT ck_document_doc_type CHECK (doc_type IN ('INNOVATION_PROFILE', 'AWARD_CERTIFICATE', 'SOP',
        'INTEREST_LETTER', 'AGREEMENT', 'TEAM_DECREE', 'ACTION_PLAN', 'MONITORING_REPORT', 'EVALUATION_REPORT',
        'PHOTO', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_document_owner ON document (owner_type, owner_id);
--rollback DROP TABLE document;
