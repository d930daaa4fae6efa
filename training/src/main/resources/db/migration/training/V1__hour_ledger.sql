-- The training categories (data, not code), the yearly requirement (one row per year) and the hour
-- ledger: every credit of hours to a person for a calendar year, with where it came from.
CREATE TABLE training_category (
  code         VARCHAR(32) NOT NULL PRIMARY KEY,
  name         VARCHAR(40) NOT NULL,
  english_name VARCHAR(80) NULL,
  sort_order   INT         NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uq_training_category_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO training_category (code, name, english_name, sort_order) VALUES
  ('REGULATIONS',     '法规标准解读', 'Regulations and standards explained', 10),
  ('CASE_STUDY',      '案例剖析',     'Case studies',                        20),
  ('MOCK_INSPECTION', '模拟检查',     'Mock inspections',                    30),
  ('SKILLS_CONTEST',  '技能比武',     'Skills contests',                     40),
  ('QUALITY_SYSTEM',  '质量管理体系', 'Quality management systems',          50),
  ('OTHER',           '其他',         'Other',                               60);

CREATE TABLE training_requirement (
  year_no       INT          NOT NULL PRIMARY KEY,
  minimum_hours DECIMAL(5,1) NOT NULL,
  applies_to    VARCHAR(32)  NOT NULL,
  set_by        VARCHAR(64)  NOT NULL,
  set_at        DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_training_requirement_hours CHECK (minimum_hours > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_requirement_category (
  year_no       INT         NOT NULL,
  category_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (year_no, category_code),
  CONSTRAINT fk_requirement_category_year FOREIGN KEY (year_no) REFERENCES training_requirement (year_no),
  CONSTRAINT fk_requirement_category_code FOREIGN KEY (category_code) REFERENCES training_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The action's first year: every regulator at least 20 学时 of 质量体系相关 training (all but 其他).
-- Later years take the latest earlier year's rule until an administrator sets their own.
INSERT INTO training_requirement (year_no, minimum_hours, applies_to, set_by, set_at) VALUES
  (2026, 20.0, 'REGULATORS', 'system', '2026-01-01 00:00:00');
INSERT INTO training_requirement_category (year_no, category_code) VALUES
  (2026, 'REGULATIONS'), (2026, 'CASE_STUDY'), (2026, 'MOCK_INSPECTION'), (2026, 'SKILLS_CONTEST'),
  (2026, 'QUALITY_SYSTEM');

CREATE TABLE hour_entry (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id        BIGINT       NOT NULL,
  year_no          INT          NOT NULL,
  hours            DECIMAL(5,1) NOT NULL,
  category_code    VARCHAR(32)  NOT NULL,
  source           VARCHAR(24)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  provider         VARCHAR(200) NULL,
  trained_on       DATE         NOT NULL,
  course_id        BIGINT       NULL,
  evidence_file_id BIGINT       NULL,
  status           VARCHAR(16)  NOT NULL,
  reported_by      VARCHAR(64)  NOT NULL,
  reported_at      DATETIME(6)  NOT NULL,
  decided_by       VARCHAR(64)  NULL,
  decided_at       DATETIME(6)  NULL,
  decision_reason  VARCHAR(500) NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_hour_entry_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_hour_entry_category FOREIGN KEY (category_code) REFERENCES training_category (code),
  CONSTRAINT fk_hour_entry_evidence FOREIGN KEY (evidence_file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_hour_entry_hours CHECK (hours > 0),
  INDEX ix_hour_entry_person_year (person_id, year_no),
  INDEX ix_hour_entry_status (status, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
