--liquibase formatted sql

--changeset replika:2026-12-01-05-innovation-code-sequence
CREATE SEQUENCE innovation_code_seq START WITH 1 INCREMENT BY 1 NOCACHE;
--rollback DROP SEQUENCE innovation_code_seq;

--changeset replika:2026-12-01-05-innovation
CREATE TABLE innovation (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    code                   VARCHAR(20)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    origin_unit_id         BIGINT        NOT NULL,
    innovators             VARCHAR(500)  NULL,
    year_started           INT           NOT NULL,
    category               VARCHAR(100)  NULL,
    problem                VARCHAR(2000) NULL,
    solution               VARCHAR(2000) NULL,
    impact                 VARCHAR(2000) NULL,
    digital                BOOLEAN       NOT NULL DEFAULT FALSE,
    stage                  VARCHAR(20)   NOT NULL,
    sustainability         VARCHAR(20)   NOT NULL,
    endorsed               BOOLEAN       NOT NULL DEFAULT FALSE,
    endorsed_by            VARCHAR(150)  NULL,
    endorsed_at            DATETIME(6)   NULL,
    endorsement_note       VARCHAR(1000) NULL,
    best_award_competition VARCHAR(10)   NULL,
    best_award_year        INT           NULL,
    best_award_level       VARCHAR(20)   NULL,
    best_award_rank        INT           NULL,
    created_by             VARCHAR(64)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    modified_by            VARCHAR(64)   NOT NULL,
    modified_at            DATETIME(6)   NOT NULL,
    CONSTRAINT uk_innovation_code UNIQUE (code),
    CONSTRAINT uk_innovation_unit_title UNIQUE (origin_unit_id, title),
    CONSTRAINT ck_innovation_stage CHECK (stage IN ('INITIATIVE', 'TRIAL', 'IMPLEMENTED', 'INSTITUTIONALISED')),
    CONSTRAINT ck_innovation_sustainability CHECK (sustainability IN ('ACTIVE', 'DORMANT', 'STOPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_innovation_title ON innovation (title);
CREATE INDEX ix_innovation_stage_title ON innovation (stage, title);
CREATE INDEX ix_innovation_sustainability_title ON innovation (sustainability, title);
CREATE INDEX ix_innovation_endorsed_title ON innovation (endorsed, title);
CREATE INDEX ix_innovation_year_started ON innovation (year_started);
CREATE INDEX ix_innovation_best_award ON innovation (best_award_rank, best_award_year);
--rollback DROP TABLE innovation;

--changeset replika:2026-12-01-05-innovation-unit-fk
ALTER TABLE innovation ADD CONSTRAINT fk_innovation_origin_unit FOREIGN KEY (origin_unit_id) REFERENCES unit (id);
--rollback ALTER TABLE innovation DROP FOREIGN KEY fk_innovation_origin_unit;

--changeset replika:2026-12-01-05-award
CREATE TABLE award (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    innovation_id BIGINT       NOT NULL,
    award_year    INT          NOT NULL,
    competition   VARCHAR(10)  NOT NULL,
    award_group   VARCHAR(20)  NOT NULL,
    award_level   VARCHAR(20)  NOT NULL,
    note          VARCHAR(500) NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_award_innovation_competition_year UNIQUE (innovation_id, competition, award_year),
    CONSTRAINT ck_award_competition CHECK (competition IN ('KIPP', 'PKRI', 'IGA', 'OTHER')),
    CONSTRAINT ck_award_group CHECK (award_group IN ('GENERAL', 'REPLICATION', 'SPECIAL')),
    CONSTRAINT ck_award_level CHECK (award_level IN ('REGISTERED', 'TOP_99', 'TOP_45', 'OUTSTANDING', 'WINNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_award_level_year ON award (award_level, award_year);
CREATE INDEX ix_award_year ON award (award_year);
ALTER TABLE award ADD CONSTRAINT fk_award_innovation FOREIGN KEY (innovation_id) REFERENCES innovation (id);
--rollback DROP TABLE award;
