-- The enterprise register: the registered facts of organisations of kind ENTERPRISE.

CREATE TABLE enterprise (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT       NOT NULL,
  credit_code     CHAR(18)     NOT NULL,
  license_no      VARCHAR(10)  NULL,
  risk_grade      CHAR(1)      NULL,
  status          VARCHAR(16)  NOT NULL,
  address         VARCHAR(200) NULL,
  phone           VARCHAR(20)  NULL,
  contact_name    VARCHAR(50)  NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_enterprise_organisation UNIQUE (organisation_id),
  CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code),
  CONSTRAINT fk_enterprise_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_enterprise_license (license_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enterprise_kind (
  enterprise_id BIGINT      NOT NULL,
  kind          VARCHAR(32) NOT NULL,
  PRIMARY KEY (enterprise_id, kind),
  CONSTRAINT fk_enterprise_kind_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
