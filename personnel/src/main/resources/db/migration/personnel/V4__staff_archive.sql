-- The key-staff archive: particulars of persons (id number encrypted, found by its keyed hash),
-- work history, appointments, sanctions and duty records.

ALTER TABLE person
  ADD COLUMN id_type            VARCHAR(30)  NULL,
  ADD COLUMN id_number_masked   VARCHAR(20)  NULL,
  ADD COLUMN id_number_cipher   VARCHAR(120) NULL,
  ADD COLUMN id_number_hash     CHAR(64)     NULL,
  ADD COLUMN birth_date         DATE         NULL,
  ADD COLUMN sex                VARCHAR(8)   NULL,
  ADD COLUMN degree             VARCHAR(20)  NULL,
  ADD COLUMN major              VARCHAR(60)  NULL,
  ADD COLUMN major_field        VARCHAR(24)  NULL,
  ADD COLUMN school             VARCHAR(100) NULL,
  ADD COLUMN graduation_year    INT          NULL,
  ADD COLUMN professional_title VARCHAR(60)  NULL,
  ADD CONSTRAINT uk_person_id_number_hash UNIQUE (id_number_hash);

CREATE TABLE person_experience (
  person_id BIGINT       NOT NULL,
  employer  VARCHAR(200) NOT NULL,
  from_date DATE         NOT NULL,
  to_date   DATE         NULL,
  industry  VARCHAR(20)  NOT NULL,
  area      VARCHAR(24)  NOT NULL,
  position  VARCHAR(60)  NULL,
  CONSTRAINT fk_person_experience_person FOREIGN KEY (person_id) REFERENCES person (id),
  INDEX ix_person_experience_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id        BIGINT       NOT NULL,
  enterprise_id    BIGINT       NOT NULL,
  position         VARCHAR(32)  NOT NULL,
  from_date        DATE         NOT NULL,
  to_date          DATE         NULL,
  document_file_id BIGINT       NULL,
  filing_id        BIGINT       NOT NULL,
  end_reason       VARCHAR(200) NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_appointment_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_appointment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  INDEX ix_appointment_enterprise_position (enterprise_id, position),
  INDEX ix_appointment_person_position (person_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sanction (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT       NOT NULL,
  enterprise_id BIGINT       NULL,
  decision_no   VARCHAR(60)  NOT NULL,
  decided_on    DATE         NOT NULL,
  legal_basis   VARCHAR(500) NOT NULL,
  ban_until     DATE         NULL,
  recorded_by   VARCHAR(64)  NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_sanction_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_sanction_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  INDEX ix_sanction_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE duty_record (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT        NOT NULL,
  enterprise_id BIGINT        NOT NULL,
  inspected_on  DATE          NOT NULL,
  inspector     VARCHAR(50)   NOT NULL,
  finding       VARCHAR(1000) NOT NULL,
  rating        VARCHAR(16)   NOT NULL,
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_duty_record_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_duty_record_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  INDEX ix_duty_record_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
