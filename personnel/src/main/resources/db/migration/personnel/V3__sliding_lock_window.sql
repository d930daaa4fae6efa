-- The sign-in lock counts wrong passwords in a sliding 15-minute window: keep their times instead of
-- a count and the start of a fixed window.
ALTER TABLE account
  ADD COLUMN recent_failures VARCHAR(100) NULL AFTER must_change_password,
  DROP COLUMN failed_sign_ins,
  DROP COLUMN failure_window_start;
