-- In-app notices: a message (bundle key and arguments, shown in the reader's language) for a person,
-- unread until they mark it read. Any module posts them (training reminders first).
CREATE TABLE notice (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id    BIGINT        NOT NULL,
  message_key  VARCHAR(100)  NOT NULL,
  message_args VARCHAR(1000) NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  read_at      DATETIME(6)   NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_notice_person FOREIGN KEY (person_id) REFERENCES person (id),
  INDEX ix_notice_person (person_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
