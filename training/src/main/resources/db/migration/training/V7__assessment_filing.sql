-- The filed result of a person's annual assessment (考核备案): one per enrolment, filed when the
-- result is final, filed again after a make-up attempt, and confirmed by a regulator.
CREATE TABLE assessment_filing (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrolment_id   BIGINT       NOT NULL,
  person_id      BIGINT       NOT NULL,
  score          INT          NOT NULL,
  max_score      INT          NOT NULL,
  passed         BOOLEAN      NOT NULL,
  attempts       INT          NOT NULL,
  filed_at       DATETIME(6)  NOT NULL,
  confirmed_by   VARCHAR(64)  NULL,
  confirmed_unit VARCHAR(200) NULL,
  confirmed_at   DATETIME(6)  NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_assessment_filing_enrolment FOREIGN KEY (enrolment_id)
    REFERENCES assessment_enrolment (id),
  CONSTRAINT fk_assessment_filing_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_assessment_filing_enrolment UNIQUE (enrolment_id),
  INDEX ix_assessment_filing_person (person_id),
  INDEX ix_assessment_filing_open (confirmed_at, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
