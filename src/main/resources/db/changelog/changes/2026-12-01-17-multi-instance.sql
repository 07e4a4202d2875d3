--liquibase formatted sql

--changeset replika:2026-12-01-17-shedlock
-- ShedLock: one row per scheduled job; an instance runs the job only while it holds the row (lock_until in the
-- future, set from the database's clock, so the servers' clocks need not agree)
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
--rollback DROP TABLE shedlock;

--changeset replika:2026-12-01-17-job-run
-- One row per run of a scheduled job, on whichever instance ran it (operators see that a daily job ran once)
CREATE TABLE job_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name    VARCHAR(64)  NOT NULL,
    instance    VARCHAR(255) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    items       INT          NULL,
    outcome     VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_job_run_outcome CHECK (outcome IN ('RUNNING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_job_run_job ON job_run (job_name, started_at);
--rollback DROP TABLE job_run;

--changeset replika:2026-12-01-17-login-failure
-- Failed sign-ins per account name ('user:...') or client address ('addr:...'), shared by every instance
CREATE TABLE login_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject   VARCHAR(200) NOT NULL,
    failed_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_login_failure_subject ON login_failure (subject, failed_at);
CREATE INDEX ix_login_failure_failed_at ON login_failure (failed_at);
-- An account name or address refused until locked_until
CREATE TABLE login_lock (
    subject      VARCHAR(200) NOT NULL PRIMARY KEY,
    locked_until DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE INDEX ix_login_lock_until ON login_lock (locked_until);
--rollback DROP TABLE login_lock;
--rollback DROP TABLE login_failure;
