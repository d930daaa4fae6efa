package org.cosqual.training.domain.model.course;

/** Where a course stands: only published courses are offered to learners. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
