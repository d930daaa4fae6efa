-- Filings of key-staff appointments, changes and departures, each revision kept as filed, and the
-- shared review workflow's steps (who, when, why), which later modules reuse for their own items.

CREATE TABLE filing (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id      BIGINT      NOT NULL,
  kind               VARCHAR(16) NOT NULL,
  position           VARCHAR(32) NOT NULL,
  person_id          BIGINT      NULL,
  appointment_id     BIGINT      NULL,
  candidate_hash     CHAR(64)    NULL,
  review_state       VARCHAR(16) NOT NULL,
  review_state_since DATETIME(6) NOT NULL,
  version            BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_filing_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_filing_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_filing_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  INDEX ix_filing_state (review_state, review_state_since),
  INDEX ix_filing_candidate (candidate_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE filing_revision (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_id          BIGINT       NOT NULL,
  number             INT          NOT NULL,
  name               VARCHAR(50)  NULL,
  phone              VARCHAR(20)  NULL,
  email              VARCHAR(120) NULL,
  id_type            VARCHAR(30)  NULL,
  id_number_masked   VARCHAR(20)  NULL,
  id_number_cipher   VARCHAR(120) NULL,
  id_number_hash     CHAR(64)     NULL,
  birth_date         DATE         NULL,
  sex                VARCHAR(8)   NULL,
  degree             VARCHAR(20)  NULL,
  major              VARCHAR(60)  NULL,
  major_field        VARCHAR(24)  NULL,
  school             VARCHAR(100) NULL,
  graduation_year    INT          NULL,
  professional_title VARCHAR(60)  NULL,
  effective_on       DATE         NOT NULL,
  document_file_id   BIGINT       NULL,
  note               VARCHAR(500) NULL,
  submitted_by       VARCHAR(64)  NOT NULL,
  submitted_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_filing_revision_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT uk_filing_revision_number UNIQUE (filing_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE filing_experience (
  revision_id BIGINT       NOT NULL,
  employer    VARCHAR(200) NOT NULL,
  from_date   DATE         NOT NULL,
  to_date     DATE         NULL,
  industry    VARCHAR(20)  NOT NULL,
  area        VARCHAR(24)  NOT NULL,
  position    VARCHAR(60)  NULL,
  CONSTRAINT fk_filing_experience_revision FOREIGN KEY (revision_id) REFERENCES filing_revision (id),
  INDEX ix_filing_experience_revision (revision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_step (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject_type VARCHAR(32)  NOT NULL,
  subject_id   BIGINT       NOT NULL,
  action       VARCHAR(16)  NOT NULL,
  actor        VARCHAR(64)  NOT NULL,
  acted_at     DATETIME(6)  NOT NULL,
  reason       VARCHAR(500) NULL,
  INDEX ix_review_step_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
