-- The question bank: topics (data), questions with their key positions, and their versions, whose
-- content (options, accepted answers) is what the candidates of the attempts that used it saw.
CREATE TABLE question_topic (
  code         VARCHAR(32) NOT NULL PRIMARY KEY,
  name         VARCHAR(40) NOT NULL,
  english_name VARCHAR(80) NULL,
  sort_order   INT         NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uq_question_topic_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO question_topic (code, name, english_name, sort_order) VALUES
  ('REGULATIONS',       '法规',         'Regulations',                  10),
  ('GMP',               'GMP',          'Good manufacturing practice',  20),
  ('RAW_MATERIALS',     '原料管理',     'Raw material management',      30),
  ('PRODUCT_RELEASE',   '产品放行',     'Product release',              40),
  ('ADVERSE_REACTIONS', '不良反应监测', 'Adverse reaction monitoring',  50),
  ('QUALITY_SYSTEM',    '质量管理体系', 'Quality management system',    60),
  ('OTHER',             '其他',         'Other',                        90);

CREATE TABLE question (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type           VARCHAR(16)   NOT NULL,
  topic_code     VARCHAR(32)   NOT NULL,
  difficulty     INT           NOT NULL,
  all_positions  BOOLEAN       NOT NULL DEFAULT FALSE,
  status         VARCHAR(16)   NOT NULL,
  current_number INT           NOT NULL,
  current_stem   VARCHAR(2000) NOT NULL,
  created_by     VARCHAR(64)   NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_question_topic FOREIGN KEY (topic_code) REFERENCES question_topic (code),
  CONSTRAINT ck_question_difficulty CHECK (difficulty BETWEEN 1 AND 5),
  INDEX ix_question_filter (status, type, topic_code, difficulty)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_key_position (
  question_id   BIGINT      NOT NULL,
  position_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (question_id, position_code),
  CONSTRAINT fk_question_key_position_question FOREIGN KEY (question_id) REFERENCES question (id),
  INDEX ix_question_key_position_code (position_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_version (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  question_id   BIGINT        NOT NULL,
  number_no     INT           NOT NULL,
  stem          VARCHAR(2000) NOT NULL,
  correct_truth BOOLEAN       NULL,
  explanation   VARCHAR(2000) NULL,
  used          BOOLEAN       NOT NULL DEFAULT FALSE,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT uq_question_version_number UNIQUE (question_id, number_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_option (
  version_id  BIGINT       NOT NULL,
  position    INT          NOT NULL,
  option_text VARCHAR(500) NOT NULL,
  correct     BOOLEAN      NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_question_option_version FOREIGN KEY (version_id) REFERENCES question_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_accepted_answer (
  version_id BIGINT       NOT NULL,
  position   INT          NOT NULL,
  answer     VARCHAR(200) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_question_accepted_answer_version FOREIGN KEY (version_id) REFERENCES question_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
