package org.cosqual.training.application;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.cosqual.training.domain.model.statistics.ItemAnalysis;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.Participation;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;

/**
 * A campaign's statistics for regulators (the regulation view), over the people it enrolled at
 * enterprises of the caller's jurisdiction subtree inside the campaign's own: participation and
 * pass rates by jurisdiction node, enterprise and key position (see {@link Participation} for what
 * each figure counts), the item analysis of the questions graded attempts used (see {@link
 * ItemAnalysis} for the indices), those who have not taken it yet, and all of it as one workbook.
 * Every figure is aggregated by the database at each call.
 *
 * <p>Each method refuses a caller without the regulation view ({@link
 * org.cosqual.personnel.domain.shared.AccessDeniedException}) and answers {@link
 * org.cosqual.personnel.domain.shared.NotFoundException} for a campaign the caller's jurisdiction
 * takes no part in.
 */
public interface CampaignStatisticsService {

  /** The most rows {@link #findNotTaken} returns at once. */
  int NOT_TAKEN_PAGE_MAX = 500;

  /**
   * One row per child node of the caller's node (for a caller above the campaign, of the campaign's
   * node), each with its whole subtree's figures, also when nobody there is enrolled; first a row
   * of the node itself when enterprises registered right at it are enrolled.
   */
  ParticipationBreakdown participationByJurisdiction(long campaignId);

  /** One row per enterprise with people enrolled, by jurisdiction code and name. */
  ParticipationBreakdown participationByEnterprise(long campaignId);

  /** One row per key position with people enrolled, in the province's order of positions. */
  ParticipationBreakdown participationByPosition(long campaignId);

  /**
   * The question versions that graded attempts used, by question and version, each with its
   * difficulty index and discrimination.
   */
  List<ItemStatistics> itemAnalysis(long campaignId);

  /** How many enrolled people have no submitted attempt. */
  int countNotTaken(long campaignId);

  /**
   * A page of the enrolled people without a submitted attempt (an open one may be running), by
   * jurisdiction, enterprise and name.
   *
   * @param max at most {@link #NOT_TAKEN_PAGE_MAX}; fewer than one gives none
   */
  List<NotTaken> findNotTaken(long campaignId, int first, int max);

  /**
   * The workbook (.xlsx) of the three breakdowns, each with its total as the last row, the item
   * analysis and the whole not-yet-taken list, a worksheet each; headers and labels from {@code
   * labels} (bundle key to text), position and topic names as the province keeps them.
   */
  void exportStatistics(long campaignId, Function<String, String> labels, OutputStream out);
}
