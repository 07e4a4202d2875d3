--liquibase formatted sql

-- The replication grid and the dashboards at national scale (ADR 0023): the adopting unit's province and the
-- report clock on the row, indexes that match the grid's filters and sorts, and per-unit tallies kept by triggers.

--changeset replika:2026-12-01-18-replication-columns
ALTER TABLE replication
    ADD COLUMN adopting_province VARCHAR(100) NULL,
    ADD COLUMN report_clock DATETIME(6) AS (COALESCE(last_report_at, status_since)) PERSISTENT;
UPDATE replication r JOIN unit u ON u.id = r.adopting_unit_id SET r.adopting_province = u.province;
--rollback ALTER TABLE replication DROP COLUMN report_clock, DROP COLUMN adopting_province;

--changeset replika:2026-12-01-18-replication-indexes
CREATE INDEX ix_replication_recent ON replication (modified_at DESC, id DESC);
CREATE INDEX ix_replication_status_recent ON replication (status, modified_at DESC, id DESC);
CREATE INDEX ix_replication_status_province_recent ON replication (status, adopting_province, modified_at DESC, id DESC);
CREATE INDEX ix_replication_province_recent ON replication (adopting_province, modified_at DESC, id DESC);
CREATE INDEX ix_replication_origin_recent ON replication (origin_unit_id, modified_at DESC, id DESC);
CREATE INDEX ix_replication_adopting_recent ON replication (adopting_unit_id, modified_at DESC, id DESC);
CREATE INDEX ix_replication_status_clock ON replication (status, report_clock);
CREATE INDEX ix_replication_created ON replication (created_at);
DROP INDEX ix_replication_origin_unit ON replication;
DROP INDEX ix_replication_adopting_unit ON replication;
DROP INDEX ix_replication_status_modified ON replication;
DROP INDEX ix_replication_status_report ON replication;
DROP INDEX ix_replication_modified ON replication;

--changeset replika:2026-12-01-18-replication-tally
CREATE TABLE replication_tally (
    adopting_unit_id BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    n                BIGINT      NOT NULL,
    PRIMARY KEY (adopting_unit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
CREATE TABLE replication_year_tally (
    begun_year       INT         NOT NULL,
    adopting_unit_id BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    n                BIGINT      NOT NULL,
    PRIMARY KEY (begun_year, adopting_unit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
--rollback DROP TABLE replication_year_tally; DROP TABLE replication_tally;

--changeset replika:2026-12-01-18-tally-add splitStatements:false
CREATE PROCEDURE tally_add(IN unit_id BIGINT, IN replication_status VARCHAR(20), IN year_begun INT, IN delta INT)
BEGIN
    INSERT INTO replication_tally (adopting_unit_id, status, n) VALUES (unit_id, replication_status, delta)
        ON DUPLICATE KEY UPDATE n = n + delta;
    INSERT INTO replication_year_tally (begun_year, adopting_unit_id, status, n)
        VALUES (year_begun, unit_id, replication_status, delta)
        ON DUPLICATE KEY UPDATE n = n + delta;
END
--rollback DROP PROCEDURE tally_add;

-- Only AFTER triggers on replication: with a BEFORE INSERT trigger MariaDB 11.4 refuses multi-row INSERT ... SELECT
-- into the table ("Column cannot be null"), which the data generator uses. The begun year is the year in WIB.
--changeset replika:2026-12-01-18-tally-insert splitStatements:false
CREATE TRIGGER replication_tally_insert AFTER INSERT ON replication FOR EACH ROW
BEGIN
    IF COALESCE(@replika_bulk_load, 0) = 0 THEN
        CALL tally_add(NEW.adopting_unit_id, NEW.status, YEAR(NEW.created_at + INTERVAL 7 HOUR), 1);
    END IF;
END
--rollback DROP TRIGGER replication_tally_insert;

--changeset replika:2026-12-01-18-tally-update splitStatements:false
CREATE TRIGGER replication_tally_update AFTER UPDATE ON replication FOR EACH ROW
BEGIN
    IF COALESCE(@replika_bulk_load, 0) = 0 AND (NEW.adopting_unit_id <> OLD.adopting_unit_id
            OR NEW.status <> OLD.status OR NEW.created_at <> OLD.created_at) THEN
        -- in key order, so that two transactions moving rows between the same tallies cannot deadlock
        IF (OLD.adopting_unit_id, OLD.status) < (NEW.adopting_unit_id, NEW.status) THEN
            CALL tally_add(OLD.adopting_unit_id, OLD.status, YEAR(OLD.created_at + INTERVAL 7 HOUR), -1);
            CALL tally_add(NEW.adopting_unit_id, NEW.status, YEAR(NEW.created_at + INTERVAL 7 HOUR), 1);
        ELSE
            CALL tally_add(NEW.adopting_unit_id, NEW.status, YEAR(NEW.created_at + INTERVAL 7 HOUR), 1);
            CALL tally_add(OLD.adopting_unit_id, OLD.status, YEAR(OLD.created_at + INTERVAL 7 HOUR), -1);
        END IF;
    END IF;
END
--rollback DROP TRIGGER replication_tally_update;

--changeset replika:2026-12-01-18-tally-delete splitStatements:false
CREATE TRIGGER replication_tally_delete AFTER DELETE ON replication FOR EACH ROW
BEGIN
    IF COALESCE(@replika_bulk_load, 0) = 0 THEN
        CALL tally_add(OLD.adopting_unit_id, OLD.status, YEAR(OLD.created_at + INTERVAL 7 HOUR), -1);
    END IF;
END
--rollback DROP TRIGGER replication_tally_delete;

--changeset replika:2026-12-01-18-unit-province splitStatements:false
CREATE TRIGGER unit_province_to_replications AFTER UPDATE ON unit FOR EACH ROW
BEGIN
    IF NOT (NEW.province <=> OLD.province) THEN
        UPDATE replication SET adopting_province = NEW.province WHERE adopting_unit_id = NEW.id;
    END IF;
END
--rollback DROP TRIGGER unit_province_to_replications;

-- After a bulk load (@replika_bulk_load = 1 skips the triggers): provinces and tallies again from the rows.
--changeset replika:2026-12-01-18-refresh-summaries splitStatements:false
CREATE PROCEDURE refresh_summaries()
BEGIN
    UPDATE replication r JOIN unit u ON u.id = r.adopting_unit_id SET r.adopting_province = u.province
        WHERE NOT (r.adopting_province <=> u.province);
    START TRANSACTION;
    DELETE FROM replication_tally;
    DELETE FROM replication_year_tally;
    INSERT INTO replication_tally (adopting_unit_id, status, n)
        SELECT adopting_unit_id, status, COUNT(*) FROM replication GROUP BY adopting_unit_id, status;
    INSERT INTO replication_year_tally (begun_year, adopting_unit_id, status, n)
        SELECT YEAR(created_at + INTERVAL 7 HOUR), adopting_unit_id, status, COUNT(*) FROM replication
        GROUP BY YEAR(created_at + INTERVAL 7 HOUR), adopting_unit_id, status;
    COMMIT;
END
--rollback DROP PROCEDURE refresh_summaries;

--changeset replika:2026-12-01-18-fill-tallies
CALL refresh_summaries();

-- The directors' other dashboard figures group on covering indexes instead of reading the tables.
--changeset replika:2026-12-01-18-dashboard-indexes
CREATE INDEX ix_innovation_stage_sustainability ON innovation (stage, sustainability);
CREATE INDEX ix_innovation_year_stage ON innovation (year_started, stage, sustainability);
CREATE INDEX ix_award_year_level_innovation ON award (award_year, award_level, innovation_id);
CREATE INDEX ix_workshop_report_month_figures ON workshop_report (report_month, workshop_id, members, revenue);
--changeset replika:2026-12-01-18-scope-indexes
-- An operator's scope is counted in two halves (adopting, originating), each on its own index; a text filter that
-- matches many innovations counts through the innovation index.
CREATE INDEX ix_replication_adopting_status ON replication (adopting_unit_id, status, report_clock);
CREATE INDEX ix_replication_origin_status ON replication (origin_unit_id, status, report_clock);
CREATE INDEX ix_replication_innovation_status ON replication (innovation_id, status);
DROP INDEX ix_replication_innovation ON replication;
--changeset replika:2026-12-01-18-sort-indexes
-- The grid's own sortable columns are read in index order (the id breaks ties, as in every secondary index).
CREATE INDEX ix_replication_progress ON replication (progress_percent);
CREATE INDEX ix_replication_last_report ON replication (last_report_at);
CREATE INDEX ix_replication_status_since ON replication (status_since);
