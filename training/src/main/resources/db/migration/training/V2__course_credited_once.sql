-- A course's hours count once per person and year, however many of its sessions were attended:
-- at most one approved entry per person, year and course. The report then sums plain rows.
ALTER TABLE hour_entry
  ADD COLUMN credited_course BIGINT AS (IF(status = 'APPROVED', course_id, NULL)) PERSISTENT,
  ADD CONSTRAINT uq_hour_entry_course_once UNIQUE (person_id, year_no, credited_course);
