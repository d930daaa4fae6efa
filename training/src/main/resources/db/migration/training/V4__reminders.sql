-- The monthly training reminders (September to December): one row per person, year, month and kind,
-- written before the reminder is sent, so that a restart or a second node never sends it twice.
CREATE TABLE training_reminder (
  id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id BIGINT      NOT NULL,
  year_no   INT         NOT NULL,
  month_no  INT         NOT NULL,
  kind      VARCHAR(16) NOT NULL,
  sent_at   DATETIME(6) NOT NULL,
  mail      VARCHAR(16) NULL,
  version   BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uq_training_reminder_once UNIQUE (person_id, year_no, month_no, kind),
  CONSTRAINT fk_training_reminder_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT ck_training_reminder_month CHECK (month_no BETWEEN 9 AND 12),
  INDEX ix_training_reminder_month (year_no, month_no, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
