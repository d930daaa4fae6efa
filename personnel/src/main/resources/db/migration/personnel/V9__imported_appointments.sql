-- Appointments from a regulator's staff import have no filing: who imported them and when is kept
-- on the appointment itself (and in the audit trail).
ALTER TABLE appointment
  MODIFY filing_id BIGINT NULL,
  ADD COLUMN imported_by VARCHAR(64) NULL,
  ADD COLUMN imported_at DATETIME(6) NULL;
