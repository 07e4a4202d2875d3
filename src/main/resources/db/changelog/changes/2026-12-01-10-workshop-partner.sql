--liquibase formatted sql

--changeset replika:2026-12-01-10-partner
CREATE TABLE partner (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    company_name   VARCHAR(200) NOT NULL,
    programme_name VARCHAR(200) NULL,
    sector         VARCHAR(100) NULL,
    contact_person VARCHAR(150) NULL,
    email          VARCHAR(254) NULL,
    phone          VARCHAR(40)  NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(64)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_partner_company UNIQUE (company_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
--rollback DROP TABLE partner;

--changeset replika:2026-12-01-10-workshop
CREATE TABLE workshop (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    name             VARCHAR(200)  NOT NULL,
    coaching_unit_id BIGINT        NOT NULL,
    village          VARCHAR(150)  NULL,
    regency          VARCHAR(100)  NOT NULL,
    province         VARCHAR(100)  NOT NULL,
    founded          DATE          NULL,
    self_help_group  VARCHAR(200)  NULL,
    mentoring_start  DATE          NULL,
    mentoring_end    DATE          NULL,
    mentors          VARCHAR(500)  NULL,
    products         VARCHAR(500)  NULL,
    status           VARCHAR(20)   NOT NULL,
    description      VARCHAR(2000) NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_workshop_unit_name UNIQUE (coaching_unit_id, name),
    CONSTRAINT ck_workshop_status CHECK (status IN ('MENTORING', 'INDEPENDENT', 'INACTIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_workshop_name ON workshop (name);
CREATE INDEX ix_workshop_province_name ON workshop (province, name);
CREATE INDEX ix_workshop_status_name ON workshop (status, name);
ALTER TABLE workshop ADD CONSTRAINT fk_workshop_coaching_unit FOREIGN KEY (coaching_unit_id) REFERENCES unit (id);
--rollback DROP TABLE workshop;

--changeset replika:2026-12-01-10-workshop-report
CREATE TABLE workshop_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    workshop_id    BIGINT        NOT NULL,
    report_month   DATE          NOT NULL,
    members        INT           NOT NULL,
    mentors        INT           NOT NULL,
    units_produced INT           NOT NULL,
    revenue        BIGINT        NOT NULL,
    average_income BIGINT        NOT NULL,
    notes          VARCHAR(1000) NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_workshop_report_month UNIQUE (workshop_id, report_month),
    CONSTRAINT ck_workshop_report_first_day CHECK (DAYOFMONTH(report_month) = 1),
    CONSTRAINT ck_workshop_report_figures CHECK (members >= 0 AND mentors >= 0 AND units_produced >= 0
        AND revenue >= 0 AND average_income >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
ALTER TABLE workshop_report ADD CONSTRAINT fk_workshop_report_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id);
--rollback DROP TABLE workshop_report;

--changeset replika:2026-12-01-10-sponsorship
CREATE TABLE sponsorship (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    partner_id  BIGINT        NOT NULL,
    workshop_id BIGINT        NOT NULL,
    start_date  DATE          NOT NULL,
    end_date    DATE          NULL,
    amount      BIGINT        NOT NULL DEFAULT 0,
    kind        VARCHAR(20)   NOT NULL,
    description VARCHAR(1000) NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    modified_by VARCHAR(64)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    CONSTRAINT ck_sponsorship_kind CHECK (kind IN ('CASH', 'EQUIPMENT', 'TRAINING', 'MARKET_ACCESS')),
    CONSTRAINT ck_sponsorship_amount CHECK (amount >= 0),
    CONSTRAINT ck_sponsorship_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_sponsorship_partner ON sponsorship (partner_id, workshop_id);
CREATE INDEX ix_sponsorship_workshop ON sponsorship (workshop_id, partner_id);
ALTER TABLE sponsorship ADD CONSTRAINT fk_sponsorship_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
ALTER TABLE sponsorship ADD CONSTRAINT fk_sponsorship_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id);
--rollback DROP TABLE sponsorship;

--changeset replika:2026-12-01-10-testimonial
CREATE TABLE testimonial (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    workshop_id  BIGINT        NULL,
    innovation_id BIGINT       NULL,
    speaker_name VARCHAR(150)  NOT NULL,
    speaker_role VARCHAR(150)  NULL,
    said_on      DATE          NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    event        VARCHAR(200)  NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(64)   NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    CONSTRAINT ck_testimonial_subject CHECK (workshop_id IS NOT NULL OR innovation_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_testimonial_workshop ON testimonial (workshop_id, said_on);
CREATE INDEX ix_testimonial_innovation ON testimonial (innovation_id, said_on);
ALTER TABLE testimonial ADD CONSTRAINT fk_testimonial_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id);
ALTER TABLE testimonial ADD CONSTRAINT fk_testimonial_innovation FOREIGN KEY (innovation_id) REFERENCES innovation (id);
--rollback DROP TABLE testimonial;
