-- Practice attempts (不计入考核): drawn by a campaign's rule at any time while it is open, graded at
-- once and counted for nothing; numbered apart from the attempts that count. The new unique key
-- comes first: the enrolment's foreign key needs an index on enrolment_id at every moment.
ALTER TABLE exam_attempt ADD COLUMN practice BOOLEAN NOT NULL DEFAULT FALSE AFTER number_no;
ALTER TABLE exam_attempt ADD CONSTRAINT uq_exam_attempt_number_kind UNIQUE (enrolment_id, practice, number_no);
ALTER TABLE exam_attempt DROP INDEX uq_exam_attempt_number;
ALTER TABLE assessment_enrolment ADD COLUMN practice_attempts INT NOT NULL DEFAULT 0 AFTER attempts_used;
