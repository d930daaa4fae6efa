package org.cosqual.training.domain.model.statistics;

import java.util.List;

/**
 * The reads of a campaign's statistics, aggregated in the database, each over the enrolments at
 * enterprises whose jurisdiction path starts with {@code scope}.
 */
public interface CampaignStatisticsQueries {

  /**
   * One row per child node of the scope's node (keyed and named as the node, with its subtree's
   * figures, none left out), after a row of the node itself when enterprises registered right at it
   * are enrolled; ordered by code.
   */
  List<Participation> byJurisdiction(long campaignId, String scope);

  /** One row per enterprise with people enrolled, by jurisdiction and name. */
  List<Participation> byEnterprise(long campaignId, String scope);

  /** One row per key position with people enrolled, in the province's order of positions. */
  List<Participation> byPosition(long campaignId, String scope);

  /** The question versions graded attempts used, by question and version. */
  List<ItemStatistics> items(long campaignId, String scope);

  int countNotTaken(long campaignId, String scope);

  /** A page of those without a submitted attempt, by jurisdiction, enterprise and name. */
  List<NotTaken> notTaken(long campaignId, String scope, int first, int max);
}
