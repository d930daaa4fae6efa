-- Courses (content and declared hours, with their materials), the sessions that deliver them
-- (the year's training plan), enrolments with attendance, and which materials a learner opened.
CREATE TABLE course (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title              VARCHAR(200)  NOT NULL,
  summary            VARCHAR(2000) NULL,
  category_code      VARCHAR(32)   NOT NULL,
  delivery           VARCHAR(16)   NOT NULL,
  hours              DECIMAL(5,1)  NOT NULL,
  audience           VARCHAR(16)   NOT NULL,
  provider_kind      VARCHAR(16)   NOT NULL,
  provider_org_id    BIGINT        NULL,
  provider_name      VARCHAR(200)  NOT NULL,
  quiz_required      BOOLEAN       NOT NULL DEFAULT FALSE,
  status             VARCHAR(16)   NOT NULL,
  review_state       VARCHAR(16)   NULL,
  review_state_since DATETIME(6)   NULL,
  created_by         VARCHAR(64)   NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  published_at       DATETIME(6)   NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_course_category FOREIGN KEY (category_code) REFERENCES training_category (code),
  CONSTRAINT fk_course_provider_org FOREIGN KEY (provider_org_id) REFERENCES organisation (id),
  CONSTRAINT ck_course_hours CHECK (hours > 0),
  INDEX ix_course_status (status, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_material (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id BIGINT       NOT NULL,
  position  INT          NOT NULL,
  title     VARCHAR(200) NOT NULL,
  kind      VARCHAR(8)   NOT NULL,
  file_id   BIGINT       NULL,
  url       VARCHAR(500) NULL,
  CONSTRAINT fk_course_material_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_course_material_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_course_material_target CHECK ((file_id IS NULL) <> (url IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE material_opening (
  person_id   BIGINT      NOT NULL,
  material_id BIGINT      NOT NULL,
  opened_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (person_id, material_id),
  CONSTRAINT fk_material_opening_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_material_opening_material FOREIGN KEY (material_id) REFERENCES course_material (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id        BIGINT       NOT NULL,
  starts_at        DATETIME     NOT NULL,
  ends_at          DATETIME     NOT NULL,
  place            VARCHAR(200) NULL,
  link             VARCHAR(500) NULL,
  capacity         INT          NOT NULL,
  self_enrolment   BOOLEAN      NOT NULL,
  organiser_org_id BIGINT       NOT NULL,
  planned_by       VARCHAR(64)  NOT NULL,
  planned_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_training_session_organiser FOREIGN KEY (organiser_org_id) REFERENCES organisation (id),
  CONSTRAINT ck_training_session_capacity CHECK (capacity > 0),
  CONSTRAINT ck_training_session_times CHECK (ends_at > starts_at),
  INDEX ix_training_session_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrolment (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id    BIGINT      NOT NULL,
  person_id     BIGINT      NOT NULL,
  self_enrolled BOOLEAN     NOT NULL,
  enrolled_by   VARCHAR(64) NOT NULL,
  enrolled_at   DATETIME(6) NOT NULL,
  attendance    VARCHAR(16) NOT NULL,
  recorded_by   VARCHAR(64) NULL,
  recorded_at   DATETIME(6) NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_enrolment_session_person UNIQUE (session_id, person_id),
  INDEX ix_enrolment_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE hour_entry
  ADD CONSTRAINT fk_hour_entry_course FOREIGN KEY (course_id) REFERENCES course (id);
