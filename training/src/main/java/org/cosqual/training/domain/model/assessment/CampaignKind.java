package org.cosqual.training.domain.model.assessment;

/** What a campaign is for. */
public enum CampaignKind {
  /** The annual assessment (年度考核) of key-position holders, filed when final. */
  ANNUAL,
  /**
   * The quiz of a course that asks for one: its pass completes the course and credits its hours;
   * nothing is filed.
   */
  COURSE_QUIZ
}
