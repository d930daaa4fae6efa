-- Documents the portal issues (training transcripts, assessment certificates), found by the code
-- printed on them through the public page /public/verify/{code}.
CREATE TABLE issued_document (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code           CHAR(12)     NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  person_id      BIGINT       NOT NULL,
  subject        VARCHAR(64)  NOT NULL,
  statement_key  VARCHAR(100) NOT NULL,
  statement_args VARCHAR(500) NOT NULL,
  issuer         VARCHAR(200) NOT NULL,
  issued_by      VARCHAR(64)  NOT NULL,
  issued_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uq_issued_document_code UNIQUE (code),
  CONSTRAINT fk_issued_document_person FOREIGN KEY (person_id) REFERENCES person (id),
  INDEX ix_issued_document_subject (person_id, kind, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
