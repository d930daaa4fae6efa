-- Key positions as data: the five of the regulations, built in, and those the province adds.
-- Appointments and filings keep naming a position by its code.
CREATE TABLE key_position (
  code          VARCHAR(32) NOT NULL PRIMARY KEY,
  name          VARCHAR(40) NOT NULL,
  english_name  VARCHAR(80) NULL,
  single_holder BOOLEAN     NOT NULL,
  built_in      BOOLEAN     NOT NULL,
  active        BOOLEAN     NOT NULL,
  sort_order    INT         NOT NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uq_key_position_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO key_position (code, name, english_name, single_holder, built_in, active, sort_order) VALUES
  ('LEGAL_REPRESENTATIVE',   '法定代表人/主要负责人', 'Legal representative / principal', TRUE,  TRUE, TRUE, 10),
  ('QUALITY_SAFETY_OFFICER', '质量安全负责人',         'Quality safety officer',           TRUE,  TRUE, TRUE, 20),
  ('QUALITY_MANAGER',        '质量管理部门负责人',     'Head of quality management',       FALSE, TRUE, TRUE, 30),
  ('PRODUCTION_MANAGER',     '生产部门负责人',         'Head of production',               FALSE, TRUE, TRUE, 40),
  ('LAB_MANAGER',            '检验部门负责人',         'Head of the laboratory',           FALSE, TRUE, TRUE, 50);

ALTER TABLE appointment
  ADD CONSTRAINT fk_appointment_position FOREIGN KEY (position) REFERENCES key_position (code);
ALTER TABLE filing
  ADD CONSTRAINT fk_filing_position FOREIGN KEY (position) REFERENCES key_position (code);
