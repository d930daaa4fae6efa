-- Course quizzes: a campaign of the kind COURSE_QUIZ belongs to a course that asks for a quiz; its
-- learners, regulators as well as key staff, are enrolled when they first start it, so an
-- enrolment may have no enterprise or position. Each enrolment keeps the jurisdiction path of the
-- learner's organisation, by which regulators follow the people of their subtree.
ALTER TABLE assessment_campaign ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'ANNUAL' AFTER id;
ALTER TABLE assessment_campaign ADD COLUMN course_id BIGINT NULL AFTER kind;
ALTER TABLE assessment_campaign
  ADD CONSTRAINT fk_assessment_campaign_course FOREIGN KEY (course_id) REFERENCES course (id);
ALTER TABLE assessment_campaign
  ADD CONSTRAINT ck_assessment_campaign_course CHECK ((kind = 'COURSE_QUIZ') = (course_id IS NOT NULL));

ALTER TABLE assessment_enrolment MODIFY enterprise_id BIGINT NULL;
ALTER TABLE assessment_enrolment MODIFY position_code VARCHAR(32) NULL;
ALTER TABLE assessment_enrolment ADD COLUMN jurisdiction_path VARCHAR(255) NULL AFTER position_code;
UPDATE assessment_enrolment e
  JOIN enterprise n ON n.id = e.enterprise_id
  JOIN organisation o ON o.id = n.organisation_id
  JOIN jurisdiction_node j ON j.id = o.jurisdiction_id
  SET e.jurisdiction_path = j.path;
ALTER TABLE assessment_enrolment MODIFY jurisdiction_path VARCHAR(255) NOT NULL;
CREATE INDEX ix_assessment_enrolment_jurisdiction ON assessment_enrolment (campaign_id, jurisdiction_path);
