package org.cosqual.training.domain.model.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CampaignRepository {

  Optional<Campaign> find(long id);

  /** The campaign, its row locked until the transaction ends. */
  Optional<Campaign> findForUpdate(long id);

  /**
   * The campaigns a jurisdiction subtree takes part in: its own, those of the units above it, and
   * those of units inside it; newest first.
   */
  List<Campaign> findTouching(String subtree);

  /** The open campaigns whose window has not closed by the day. */
  List<Campaign> findOpen(LocalDate day);

  /** The open quiz of a course, if it has one. */
  Optional<Campaign> findOpenQuiz(long courseId);

  Campaign store(Campaign campaign);

  Optional<Enrolment> findEnrolment(long id);

  /** The enrolment, its row locked until the transaction ends. */
  Optional<Enrolment> findEnrolmentForUpdate(long id);

  Optional<Enrolment> findEnrolment(long campaignId, long personId);

  /** As {@link #findEnrolment(long, long)}, its row locked: a locking read of the latest state. */
  Optional<Enrolment> findEnrolmentForUpdate(long campaignId, long personId);

  boolean isEnrolled(long campaignId, long personId);

  /** A person's enrolments, newest campaign first. */
  List<Enrolment> findEnrolmentsOf(long personId);

  /** A campaign's enrolments at enterprises of a subtree, by enterprise and person. */
  List<Enrolment> findEnrolments(long campaignId, String subtree);

  long countEnrolments(long campaignId, String subtree);

  Enrolment store(Enrolment enrolment);

  /** The filing, its row locked until the transaction ends. */
  Optional<AssessmentFiling> findFilingForUpdate(long id);

  /** The unconfirmed filings at enterprises of a subtree, oldest first. */
  List<AssessmentFiling> findFilingsToConfirm(String subtree);

  /** A person's filings, newest first. */
  List<AssessmentFiling> findFilingsOf(long personId);
}
