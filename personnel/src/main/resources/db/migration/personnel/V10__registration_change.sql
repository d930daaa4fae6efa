-- An enterprise's requests to change its registered facts, reviewed by a regulator of its
-- jurisdiction through the shared review workflow (steps in review_step, subject REGISTRATION_CHANGE).
CREATE TABLE registration_change (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enterprise_id      BIGINT       NOT NULL,
  name               VARCHAR(200) NOT NULL,
  license_no         VARCHAR(10)  NULL,
  produces_itself    BOOLEAN      NOT NULL,
  note               VARCHAR(500) NULL,
  submitted_by       VARCHAR(64)  NOT NULL,
  submitted_at       DATETIME(6)  NOT NULL,
  review_state       VARCHAR(16)  NOT NULL,
  review_state_since DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_registration_change_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  INDEX ix_registration_change_state (review_state, review_state_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_change_kind (
  change_id BIGINT      NOT NULL,
  kind      VARCHAR(32) NOT NULL,
  PRIMARY KEY (change_id, kind),
  CONSTRAINT fk_registration_change_kind FOREIGN KEY (change_id) REFERENCES registration_change (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
