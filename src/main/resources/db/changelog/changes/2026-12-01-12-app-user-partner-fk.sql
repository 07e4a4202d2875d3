--liquibase formatted sql

-- After the demo partners (file 11), so the demo partner users already point at existing partners.
--changeset replika:2026-12-01-12-app-user-partner-fk
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
--rollback ALTER TABLE app_user DROP FOREIGN KEY fk_app_user_partner;
