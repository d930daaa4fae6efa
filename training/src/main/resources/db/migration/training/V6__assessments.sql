-- Annual assessment campaigns (年度考核): the paper rule (a fixed list of questions, or quotas drawn
-- at random per attempt), the people enrolled, their attempts with the question versions they saw
-- and every answer as it was saved, and the log of each attempt's starts, resumes and submissions.
CREATE TABLE paper_rule (
  id      BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind    VARCHAR(16) NOT NULL,
  version BIGINT      NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paper_rule_quota (
  rule_id        BIGINT      NOT NULL,
  position       INT         NOT NULL,
  topic_code     VARCHAR(32) NOT NULL,
  difficulty     INT         NOT NULL,
  type           VARCHAR(16) NOT NULL,
  question_count INT         NOT NULL,
  points         INT         NOT NULL,
  PRIMARY KEY (rule_id, position),
  CONSTRAINT fk_paper_rule_quota_rule FOREIGN KEY (rule_id) REFERENCES paper_rule (id),
  CONSTRAINT fk_paper_rule_quota_topic FOREIGN KEY (topic_code) REFERENCES question_topic (code),
  CONSTRAINT uq_paper_rule_quota_cell UNIQUE (rule_id, topic_code, difficulty, type),
  CONSTRAINT ck_paper_rule_quota_count CHECK (question_count > 0 AND points > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paper_rule_question (
  rule_id     BIGINT NOT NULL,
  position    INT    NOT NULL,
  question_id BIGINT NOT NULL,
  points      INT    NOT NULL,
  PRIMARY KEY (rule_id, position),
  CONSTRAINT fk_paper_rule_question_rule FOREIGN KEY (rule_id) REFERENCES paper_rule (id),
  CONSTRAINT fk_paper_rule_question_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT uq_paper_rule_question_once UNIQUE (rule_id, question_id),
  CONSTRAINT ck_paper_rule_question_points CHECK (points > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_campaign (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title              VARCHAR(120) NOT NULL,
  year_no            INT          NOT NULL,
  rule_id            BIGINT       NOT NULL,
  time_limit_minutes INT          NOT NULL,
  opens_on           DATE         NOT NULL,
  closes_on          DATE         NOT NULL,
  pass_mark          INT          NOT NULL,
  attempts_allowed   INT          NOT NULL,
  show_answers       BOOLEAN      NOT NULL,
  jurisdiction_path  VARCHAR(255) NOT NULL,
  status             VARCHAR(16)  NOT NULL,
  created_by         VARCHAR(64)  NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  opened_by          VARCHAR(64)  NULL,
  opened_at          DATETIME(6)  NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_assessment_campaign_rule FOREIGN KEY (rule_id) REFERENCES paper_rule (id),
  CONSTRAINT uq_assessment_campaign_rule UNIQUE (rule_id),
  CONSTRAINT ck_assessment_campaign_window CHECK (closes_on >= opens_on),
  CONSTRAINT ck_assessment_campaign_limits CHECK (time_limit_minutes > 0 AND attempts_allowed > 0),
  INDEX ix_assessment_campaign_status (status, year_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_campaign_position (
  campaign_id   BIGINT      NOT NULL,
  position_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (campaign_id, position_code),
  CONSTRAINT fk_assessment_campaign_position_campaign FOREIGN KEY (campaign_id)
    REFERENCES assessment_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_enrolment (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id     BIGINT      NOT NULL,
  person_id       BIGINT      NOT NULL,
  enterprise_id   BIGINT      NOT NULL,
  position_code   VARCHAR(32) NOT NULL,
  enrolled_at     DATETIME(6) NOT NULL,
  attempts_used   INT         NOT NULL DEFAULT 0,
  make_up_granted BOOLEAN     NOT NULL DEFAULT FALSE,
  make_up_reason  VARCHAR(500) NULL,
  make_up_by      VARCHAR(64) NULL,
  best_score      INT         NULL,
  result          VARCHAR(16) NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_assessment_enrolment_campaign FOREIGN KEY (campaign_id)
    REFERENCES assessment_campaign (id),
  CONSTRAINT fk_assessment_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_assessment_enrolment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT uq_assessment_enrolment_once UNIQUE (campaign_id, person_id),
  INDEX ix_assessment_enrolment_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open_enrolment_id holds the enrolment's id while the attempt is open and NULL after: its unique
-- key lets no enrolment have two open attempts, whatever two requests do at once.
CREATE TABLE exam_attempt (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrolment_id      BIGINT      NOT NULL,
  person_id         BIGINT      NOT NULL,
  number_no         INT         NOT NULL,
  seed              BIGINT      NOT NULL,
  started_at        DATETIME(6) NOT NULL,
  deadline          DATETIME(6) NOT NULL,
  submitted_at      DATETIME(6) NULL,
  closing           VARCHAR(16) NULL,
  status            VARCHAR(24) NOT NULL,
  score             INT         NULL,
  max_score         INT         NOT NULL,
  open_enrolment_id BIGINT      NULL,
  last_session      VARCHAR(64) NULL,
  last_seen_at      DATETIME(6) NULL,
  version           BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_exam_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES assessment_enrolment (id),
  CONSTRAINT fk_exam_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_exam_attempt_number UNIQUE (enrolment_id, number_no),
  CONSTRAINT uq_exam_attempt_one_open UNIQUE (open_enrolment_id),
  INDEX ix_exam_attempt_open (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attempt_item (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attempt_id     BIGINT        NOT NULL,
  position       INT           NOT NULL,
  version_id     BIGINT        NOT NULL,
  points         INT           NOT NULL,
  option_order   VARCHAR(64)   NOT NULL,
  answer_choices VARCHAR(64)   NULL,
  answer_truth   BOOLEAN       NULL,
  answer_text    VARCHAR(2000) NULL,
  answered_at    DATETIME(6)   NULL,
  grade          VARCHAR(24)   NULL,
  awarded        INT           NULL,
  CONSTRAINT fk_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  CONSTRAINT fk_attempt_item_version FOREIGN KEY (version_id) REFERENCES question_version (id),
  CONSTRAINT uq_attempt_item_position UNIQUE (attempt_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attempt_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attempt_id  BIGINT       NOT NULL,
  kind        VARCHAR(24)  NOT NULL,
  at          DATETIME(6)  NOT NULL,
  address     VARCHAR(64)  NOT NULL,
  browser     VARCHAR(255) NOT NULL,
  session_key VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_attempt_event_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  INDEX ix_attempt_event_attempt (attempt_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
