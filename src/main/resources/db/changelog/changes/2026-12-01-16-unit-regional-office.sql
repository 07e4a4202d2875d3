--liquibase formatted sql

-- Replication reaches the provinces' and regencies'/cities' social offices (Dinas Sosial), which are neither
-- ministries, directorates nor UPTs of the ministry (issue 8, ADR 0019).
--changeset replika:2026-12-01-16-unit-regional-office
ALTER TABLE unit DROP CONSTRAINT ck_unit_type;
ALTER TABLE unit ADD CONSTRAINT ck_unit_type CHECK (type IN ('MINISTRY', 'DIRECTORATE', 'UPT', 'REGIONAL_OFFICE'));
--rollback ALTER TABLE unit DROP CONSTRAINT ck_unit_type;
--rollback ALTER TABLE unit ADD CONSTRAINT ck_unit_type CHECK (type IN ('MINISTRY', 'DIRECTORATE', 'UPT'));
