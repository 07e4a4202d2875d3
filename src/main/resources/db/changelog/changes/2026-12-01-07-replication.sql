--liquibase formatted sql

--changeset replika:2026-12-01-07-replication
CREATE TABLE replication (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    innovation_id     BIGINT        NOT NULL,
    origin_unit_id    BIGINT        NOT NULL,
    adopting_unit_id  BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_since      DATETIME(6)   NOT NULL,
    facilitator_note  VARCHAR(2000) NULL,
    planned_start     DATE          NULL,
    planned_end       DATE          NULL,
    actual_start      DATE          NULL,
    actual_end        DATE          NULL,
    adaptations       VARCHAR(2000) NULL,
    progress_percent  INT           NOT NULL DEFAULT 0,
    last_report_at    DATETIME(6)   NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    CONSTRAINT ck_replication_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTING', 'EVALUATED',
        'INSTITUTIONALISED', 'DISCONTINUED')),
    CONSTRAINT ck_replication_progress CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_replication_units CHECK (origin_unit_id <> adopting_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_replication_innovation ON replication (innovation_id);
CREATE INDEX ix_replication_origin_unit ON replication (origin_unit_id, modified_at);
CREATE INDEX ix_replication_adopting_unit ON replication (adopting_unit_id, modified_at);
CREATE INDEX ix_replication_status_modified ON replication (status, modified_at);
CREATE INDEX ix_replication_status_report ON replication (status, last_report_at);
CREATE INDEX ix_replication_modified ON replication (modified_at);
ALTER TABLE replication ADD CONSTRAINT fk_replication_innovation FOREIGN KEY (innovation_id) REFERENCES innovation (id);
ALTER TABLE replication ADD CONSTRAINT fk_replication_origin_unit FOREIGN KEY (origin_unit_id) REFERENCES unit (id);
ALTER TABLE replication ADD CONSTRAINT fk_replication_adopting_unit FOREIGN KEY (adopting_unit_id) REFERENCES unit (id);
--rollback DROP TABLE replication;

--changeset replika:2026-12-01-07-replication-transition
CREATE TABLE replication_transition (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    replication_id BIGINT        NOT NULL,
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NOT NULL,
    actor_name     VARCHAR(150)  NOT NULL,
    reason         VARCHAR(1000) NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    modified_at    DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_replication_transition_replication ON replication_transition (replication_id, created_at);
ALTER TABLE replication_transition ADD CONSTRAINT fk_replication_transition_replication
    FOREIGN KEY (replication_id) REFERENCES replication (id);
--rollback DROP TABLE replication_transition;

--changeset replika:2026-12-01-07-monitoring-report
CREATE TABLE monitoring_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    replication_id   BIGINT        NOT NULL,
    period_year      INT           NOT NULL,
    period_quarter   INT           NOT NULL,
    people_served    INT           NOT NULL,
    outputs          VARCHAR(2000) NULL,
    issues           VARCHAR(2000) NULL,
    progress_percent INT           NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_monitoring_report_period UNIQUE (replication_id, period_year, period_quarter),
    CONSTRAINT ck_monitoring_report_quarter CHECK (period_quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_monitoring_report_progress CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_monitoring_report_people CHECK (people_served >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
ALTER TABLE monitoring_report ADD CONSTRAINT fk_monitoring_report_replication
    FOREIGN KEY (replication_id) REFERENCES replication (id);
--rollback DROP TABLE monitoring_report;

--changeset replika:2026-12-01-07-evaluation
CREATE TABLE evaluation (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    replication_id    BIGINT        NOT NULL,
    score_novel       INT           NOT NULL,
    score_effective   INT           NOT NULL,
    score_beneficial  INT           NOT NULL,
    score_spreadable  INT           NOT NULL,
    score_sustainable INT           NOT NULL,
    total             INT           NOT NULL,
    recommendation    VARCHAR(2000) NOT NULL,
    evaluator_name    VARCHAR(150)  NOT NULL,
    evaluated_on      DATE          NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_evaluation_replication UNIQUE (replication_id),
    CONSTRAINT ck_evaluation_scores CHECK (score_novel BETWEEN 1 AND 5 AND score_effective BETWEEN 1 AND 5
        AND score_beneficial BETWEEN 1 AND 5 AND score_spreadable BETWEEN 1 AND 5 AND score_sustainable BETWEEN 1 AND 5),
    CONSTRAINT ck_evaluation_total CHECK (total = score_novel + score_effective + score_beneficial + score_spreadable
        + score_sustainable)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
ALTER TABLE evaluation ADD CONSTRAINT fk_evaluation_replication FOREIGN KEY (replication_id) REFERENCES replication (id);
--rollback DROP TABLE evaluation;
