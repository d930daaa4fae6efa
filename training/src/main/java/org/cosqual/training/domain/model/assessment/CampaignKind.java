package org.cosqual.training.domain.model.assessment;

/** What a campaign is for. */
public enum CampaignKind {
  /** The annual assessment (年度考核) of key-position holders, filed when final. */
  ANNUAL,
  /**
   * The quiz of a course that asks for one: its pass completes the course and credits its hours;
   * nothing is filed.
   */
  COURSE_QUIZ,
  /**
   * A practice set (自测练习): papers drawn from the bank for anyone who learns, as often as they like
   * while it is open; every attempt counts for nothing.
   */
  PRACTICE;

  /** Whether its learners enrol at their first start rather than by their positions. */
  public boolean enrolsAtFirstStart() {
    return this != ANNUAL;
  }
}
