package org.cosqual.training.application;

import java.util.List;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.PaperRule;

/**
 * Annual assessment campaigns, course quizzes and practice sets: a province-wide regulator
 * administrator defines one with its paper rule, checked against the bank, and opens it, which
 * enrols every current holder of its positions at the enterprises of the jurisdiction; people
 * appointed later are enrolled when their filing is approved. Regulators follow the people of their
 * own subtree.
 */
public interface CampaignService {

  /** The campaigns the caller's jurisdiction takes part in, newest first. */
  List<Campaign> findCampaigns();

  /**
   * @throws org.cosqual.personnel.domain.shared.NotFoundException for an id the caller may not see
   */
  Campaign getCampaign(long campaignId);

  /** A draft campaign; refused when the bank cannot make its paper for one of its positions. */
  Campaign defineCampaign(CampaignTerms terms, PaperRule rule);

  /**
   * A draft quiz of a course taken online that asks for one; its pass completes the course. Its
   * learners enrol when they first start it, so it has no positions.
   */
  Campaign defineCourseQuiz(long courseId, CampaignTerms terms, PaperRule rule);

  /**
   * A draft practice set (自测练习): papers drawn by its rule for anyone who learns in the
   * jurisdiction, as often as they like while it is open, counted for nothing.
   */
  Campaign definePracticeSet(CampaignTerms terms, PaperRule rule);

  /** New terms and rule for a draft; refused when the form's version is stale. */
  Campaign reviseCampaign(long campaignId, long version, CampaignTerms terms, PaperRule rule);

  /** Opens a draft and enrols its people; the rule is checked against the bank again. */
  Campaign openCampaign(long campaignId, long version);

  /** The campaign's people at enterprises of the caller's subtree. */
  List<Enrolment> findEnrolments(long campaignId);

  /** How many of the campaign's people are at enterprises of the caller's subtree. */
  long countEnrolments(long campaignId);
}
