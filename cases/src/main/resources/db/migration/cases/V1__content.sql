-- Cases and knowledge: items (benchmark and typical cases, handbooks, Q&A entries, common-problem
-- lists) with their versions, taken as a whole; the vocabularies of topics and problem categories.
-- Review steps live in personnel's review_step (subject_type 'ContentItem').

CREATE TABLE content_term (
  code         VARCHAR(32)  NOT NULL PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL,
  name         VARCHAR(40)  NOT NULL,
  english_name VARCHAR(80)  NULL,
  sort_order   INT          NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_content_term_name UNIQUE (kind, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO content_term (code, kind, name, english_name, sort_order) VALUES
  ('REGULATIONS',        'TOPIC', '法规标准解读', 'Regulations and standards explained', 10),
  ('QUALITY_SYSTEM',     'TOPIC', '质量管理体系', 'Quality management systems',          20),
  ('KEY_STAFF_DUTIES',   'TOPIC', '关键岗位履职', 'Duties of key staff',                 30),
  ('PRODUCTION',         'TOPIC', '生产管理',     'Production',                          40),
  ('RAW_MATERIALS',      'TOPIC', '原料管理',     'Raw materials',                       50),
  ('INSPECTION',         'TOPIC', '检验与放行',   'Testing and release',                 60),
  ('ADVERSE_REACTIONS',  'TOPIC', '不良反应监测', 'Adverse reaction monitoring',         70),
  ('ENFORCEMENT',        'TOPIC', '监督检查与处罚', 'Inspection and penalties',          80),
  ('QUALITY_DOCUMENTS',  'PROBLEM_CATEGORY', '质量体系文件', 'Quality system documents',  10),
  ('PRODUCTION_CONSISTENCY', 'PROBLEM_CATEGORY', '生产一致性', 'Production consistency', 20),
  ('RAW_MATERIAL_COMPLIANCE', 'PROBLEM_CATEGORY', '原料合规', 'Raw material compliance',  30),
  ('KEY_STAFF_PERFORMANCE', 'PROBLEM_CATEGORY', '关键岗位履职', 'Key staff performing their duties', 40),
  ('SELF_INSPECTION',    'PROBLEM_CATEGORY', '体系自查',   'Self-inspection of the system',  50),
  ('CONTRACT_PRODUCTION', 'PROBLEM_CATEGORY', '委托生产',  'Contract production',            60),
  ('PRODUCT_RELEASE',    'PROBLEM_CATEGORY', '产品放行',   'Product release',                70);

CREATE TABLE content_item (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind               VARCHAR(16) NOT NULL,
  handbook_type      VARCHAR(16) NULL,
  owner_org_id       BIGINT      NOT NULL,
  source_kind        VARCHAR(16) NOT NULL,
  status             VARCHAR(16) NOT NULL,
  review_state       VARCHAR(16) NULL,
  review_state_since DATETIME(6) NULL,
  published_number   INT         NULL,
  first_published_at DATETIME(6) NULL,
  archived_at        DATETIME(6) NULL,
  view_count         BIGINT      NOT NULL DEFAULT 0,
  created_by         VARCHAR(64) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  version            BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_content_item_owner FOREIGN KEY (owner_org_id) REFERENCES organisation (id),
  CONSTRAINT ck_content_item_views CHECK (view_count >= 0),
  INDEX ix_content_item_published (status, first_published_at),
  INDEX ix_content_item_read (status, view_count),
  INDEX ix_content_item_review (review_state, review_state_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_version (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id        BIGINT        NOT NULL,
  version_no     INT           NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  summary        VARCHAR(1000) NULL,
  body           LONGTEXT      NULL,
  visibility     VARCHAR(16)   NOT NULL,
  region_code    VARCHAR(12)   NULL,
  -- the particulars of a case (and a Q&A entry's legal references); all NULL for other kinds
  enterprise_name VARCHAR(200) NULL,
  enterprise_id  BIGINT        NULL,
  anonymised     BOOLEAN       NULL,
  violation_type VARCHAR(100)  NULL,
  legal_basis    VARCHAR(2000) NULL,
  handling       LONGTEXT      NULL,
  lessons        LONGTEXT      NULL,
  case_date      DATE          NULL,
  qa_handbook_id BIGINT        NULL,
  list_period    VARCHAR(60)   NULL,
  change_summary VARCHAR(500)  NULL,
  written_by     VARCHAR(64)   NOT NULL,
  written_at     DATETIME(6)   NOT NULL,
  published_at   DATETIME(6)   NULL,
  CONSTRAINT uq_content_version UNIQUE (item_id, version_no),
  CONSTRAINT fk_content_version_item FOREIGN KEY (item_id) REFERENCES content_item (id),
  CONSTRAINT fk_content_version_region FOREIGN KEY (region_code) REFERENCES jurisdiction_node (code),
  CONSTRAINT fk_content_version_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_content_version_handbook FOREIGN KEY (qa_handbook_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_version_topic (
  version_id BIGINT      NOT NULL,
  topic_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (version_id, topic_code),
  CONSTRAINT fk_content_version_topic_version FOREIGN KEY (version_id) REFERENCES content_version (id),
  CONSTRAINT fk_content_version_topic_term FOREIGN KEY (topic_code) REFERENCES content_term (code),
  INDEX ix_content_version_topic (topic_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_attachment (
  version_id BIGINT  NOT NULL,
  position   INT     NOT NULL,
  file_id    BIGINT  NOT NULL,
  image      BOOLEAN NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_content_attachment_version FOREIGN KEY (version_id) REFERENCES content_version (id),
  CONSTRAINT fk_content_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  INDEX ix_content_attachment_file (file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handbook_chapter (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version_id BIGINT       NOT NULL,
  position   INT          NOT NULL,
  title      VARCHAR(200) NOT NULL,
  CONSTRAINT uq_handbook_chapter UNIQUE (version_id, position),
  CONSTRAINT fk_handbook_chapter_version FOREIGN KEY (version_id) REFERENCES content_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handbook_section (
  chapter_id BIGINT       NOT NULL,
  position   INT          NOT NULL,
  title      VARCHAR(200) NOT NULL,
  body       LONGTEXT     NOT NULL,
  PRIMARY KEY (chapter_id, position),
  CONSTRAINT fk_handbook_section_chapter FOREIGN KEY (chapter_id) REFERENCES handbook_chapter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE common_problem (
  version_id       BIGINT        NOT NULL,
  position         INT           NOT NULL,
  problem          VARCHAR(1000) NOT NULL,
  category_code    VARCHAR(32)   NOT NULL,
  enterprise_count INT           NOT NULL,
  measures         VARCHAR(2000) NULL,
  deadline         DATE          NULL,
  status           VARCHAR(16)   NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_common_problem_version FOREIGN KEY (version_id) REFERENCES content_version (id),
  CONSTRAINT fk_common_problem_category FOREIGN KEY (category_code) REFERENCES content_term (code),
  CONSTRAINT ck_common_problem_count CHECK (enterprise_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
