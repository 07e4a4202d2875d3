--liquibase formatted sql

--changeset replika:2026-12-01-03-demo-units context:demo
INSERT INTO unit (id, code, name, type, parent_id, city, province, created_by, created_at, modified_by, modified_at) VALUES
 (1, 'KEMENPANRB', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', 'MINISTRY', NULL, 'Jakarta Selatan', 'DKI Jakarta', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (2, 'KEMENSOS', 'Kementerian Sosial', 'MINISTRY', NULL, 'Jakarta Pusat', 'DKI Jakarta', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (3, 'DITJEN-REHSOS', 'Direktorat Jenderal Rehabilitasi Sosial', 'DIRECTORATE', 2, 'Jakarta Pusat', 'DKI Jakarta', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (10, 'ST-KARTINI', 'Sentra Terpadu Kartini', 'UPT', 3, 'Temanggung', 'Jawa Tengah', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (11, 'ST-PANGUDI-LUHUR', 'Sentra Terpadu Pangudi Luhur', 'UPT', 3, 'Bekasi', 'Jawa Barat', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (12, 'ST-INTEN-SOEWENO', 'Sentra Terpadu Inten Soeweno', 'UPT', 3, 'Cibinong, Kabupaten Bogor', 'Jawa Barat', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (13, 'ST-SOEHARSO', 'Sentra Terpadu Prof. Dr. Soeharso', 'UPT', 3, 'Surakarta', 'Jawa Tengah', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (14, 'S-WYATA-GUNA', 'Sentra Wyata Guna', 'UPT', 3, 'Bandung', 'Jawa Barat', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (15, 'S-PHALA-MARTHA', 'Sentra Phala Martha', 'UPT', 3, 'Sukabumi', 'Jawa Barat', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (16, 'S-HANDAYANI', 'Sentra Handayani', 'UPT', 3, 'Jakarta Timur', 'DKI Jakarta', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (17, 'S-MARGO-LARAS', 'Sentra Margo Laras', 'UPT', 3, 'Pati', 'Jawa Tengah', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (18, 'S-ANTASENA', 'Sentra Antasena', 'UPT', 3, 'Magelang', 'Jawa Tengah', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (19, 'S-BUDI-PERKASA', 'Sentra Budi Perkasa', 'UPT', 3, 'Palembang', 'Sumatera Selatan', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (20, 'S-INSYAF', 'Sentra Insyaf', 'UPT', 3, 'Deli Serdang', 'Sumatera Utara', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (21, 'S-DHARMA-GUNA', 'Sentra Dharma Guna', 'UPT', 3, 'Bengkulu', 'Bengkulu', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (22, 'S-NIPOTOWE', 'Sentra Nipotowe', 'UPT', 3, 'Palu', 'Sulawesi Tengah', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (23, 'S-EFATA', 'Sentra Efata', 'UPT', 3, 'Kupang', 'Nusa Tenggara Timur', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (24, 'S-WASANA-BAHAGIA', 'Sentra Wasana Bahagia', 'UPT', 3, 'Ternate', 'Maluku Utara', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 (25, 'S-ALYATAMA', 'Sentra Alyatama', 'UPT', 3, 'Jambi', 'Jambi', 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6));
--rollback DELETE FROM unit WHERE id IN (1,2,3,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25);

--changeset replika:2026-12-01-03-demo-users context:demo
-- every demo account's password is 'replika-demo'
INSERT INTO app_user (username, full_name, email, password_hash, role, unit_id, partner_id, created_by, created_at, modified_by, modified_at) VALUES
 ('admin', 'Administrator Sistem', 'admin@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'ADMIN', NULL, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('panrb', 'Fasilitator KemenPAN-RB', 'panrb@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'PANRB', NULL, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('direktur', 'Direktur Rehabilitasi Sosial', 'direktur@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'DIRECTOR', NULL, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('kartini', 'Operator Sentra Terpadu Kartini', 'kartini@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'UPT_OPERATOR', 10, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('soeharso', 'Operator Sentra Terpadu Prof. Dr. Soeharso', 'soeharso@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'UPT_OPERATOR', 13, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('wyataguna', 'Operator Sentra Wyata Guna', 'wyataguna@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'UPT_OPERATOR', 14, NULL, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('mitra1', 'Pengguna Mitra CSR 1', 'mitra1@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'CSR_PARTNER', NULL, 1, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6)),
 ('mitra2', 'Pengguna Mitra CSR 2', 'mitra2@replika.example', '{bcrypt}$2a$10$lnGy/76XSXhYGaKvflMLjuMC3uaYKvZfedn/EHCv6Xl7YRQJ52Ueq', 'CSR_PARTNER', NULL, 2, 'demo', UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6));
--rollback DELETE FROM app_user WHERE created_by = 'demo';
