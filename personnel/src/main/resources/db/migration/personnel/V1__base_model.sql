-- The base model: jurisdiction tree, organisations, persons, accounts, and the audit chain.

CREATE TABLE jurisdiction_node (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code      VARCHAR(12)  NOT NULL,
  name      VARCHAR(100) NOT NULL,
  level     VARCHAR(16)  NOT NULL,
  parent_id BIGINT       NULL,
  path      VARCHAR(255) NOT NULL,
  version   BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_jurisdiction_code UNIQUE (code),
  CONSTRAINT fk_jurisdiction_parent FOREIGN KEY (parent_id) REFERENCES jurisdiction_node (id),
  INDEX ix_jurisdiction_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(32)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  jurisdiction_id BIGINT       NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_organisation_code UNIQUE (code),
  CONSTRAINT fk_organisation_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction_node (id),
  INDEX ix_organisation_kind (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
  id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name    VARCHAR(50)  NOT NULL,
  phone   VARCHAR(20)  NULL,
  email   VARCHAR(120) NULL,
  version BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username             VARCHAR(32)  NOT NULL,
  password_hash        VARCHAR(255) NOT NULL,
  person_id            BIGINT       NOT NULL,
  organisation_id      BIGINT       NULL,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_sign_ins      INT          NOT NULL DEFAULT 0,
  failure_window_start DATETIME(6)  NULL,
  locked_until         DATETIME(6)  NULL,
  last_sign_in         DATETIME(6)  NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_account_username UNIQUE (username),
  CONSTRAINT uk_account_person UNIQUE (person_id),
  CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL,
  role       VARCHAR(32) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes a row here; the hash chain shows if anyone did.
CREATE TABLE audit_entry (
  seq            BIGINT        NOT NULL PRIMARY KEY,
  occurred_at    DATETIME(6)   NOT NULL,
  actor          VARCHAR(64)   NOT NULL,
  action         VARCHAR(32)   NOT NULL,
  target         VARCHAR(128)  NOT NULL,
  detail         VARCHAR(1000) NOT NULL,
  remote_address VARCHAR(64)   NOT NULL,
  prev_hash      CHAR(64)      NOT NULL,
  hash           CHAR(64)      NOT NULL,
  INDEX ix_audit_occurred (occurred_at),
  INDEX ix_audit_actor (actor),
  INDEX ix_audit_action (action)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The one row every append locks first (SELECT ... FOR UPDATE), so appends are serialised.
CREATE TABLE audit_chain_head (
  id        BIGINT   NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
