package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CampaignStatisticsService;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.statistics.CampaignStatisticsQueries;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;

/**
 * Finds the campaign as the campaign service does (so the same callers are refused and the same
 * campaigns are not found), narrows it to the deeper of the caller's subtree and the campaign's,
 * and leaves the counting to the database.
 */
@ApplicationScoped
@Transactional
public class DefaultCampaignStatisticsService implements CampaignStatisticsService {

  /** The not-yet-taken list is written to a workbook in pages of this many people. */
  static final int EXPORT_PAGE = 1_000;

  @Inject CampaignService campaigns;
  @Inject CampaignStatisticsQueries queries;
  @Inject TrainingCaller trainingCaller;
  @Inject Spreadsheets spreadsheets;

  /** The jurisdiction path prefix of the enterprises whose people the caller follows. */
  private String scope(long campaignId) {
    Campaign campaign = campaigns.getCampaign(campaignId);
    if (!campaign.isAnnual()) {
      // Its breakdowns are by enterprise and position, which a quiz's learners need not have.
      throw new BusinessException("error.campaign.noStatistics");
    }
    return campaign.scopeFor(trainingCaller.subtree());
  }

  @Override
  public ParticipationBreakdown participationByJurisdiction(long campaignId) {
    return ParticipationBreakdown.of(queries.byJurisdiction(campaignId, scope(campaignId)));
  }

  @Override
  public ParticipationBreakdown participationByEnterprise(long campaignId) {
    return ParticipationBreakdown.of(queries.byEnterprise(campaignId, scope(campaignId)));
  }

  @Override
  public ParticipationBreakdown participationByPosition(long campaignId) {
    return ParticipationBreakdown.of(queries.byPosition(campaignId, scope(campaignId)));
  }

  @Override
  public List<ItemStatistics> itemAnalysis(long campaignId) {
    return queries.items(campaignId, scope(campaignId));
  }

  @Override
  public int countNotTaken(long campaignId) {
    return queries.countNotTaken(campaignId, scope(campaignId));
  }

  @Override
  public List<NotTaken> findNotTaken(long campaignId, int first, int max) {
    String scope = scope(campaignId);
    if (max < 1) {
      return List.of();
    }
    return queries.notTaken(
        campaignId, scope, Math.max(0, first), Math.min(max, NOT_TAKEN_PAGE_MAX));
  }

  @Override
  public void exportStatistics(long campaignId, Function<String, String> labels, OutputStream out) {
    String scope = scope(campaignId);
    Iterable<NotTaken> notTaken =
        () ->
            Stream.iterate(0, first -> first + EXPORT_PAGE)
                .map(first -> queries.notTaken(campaignId, scope, first, EXPORT_PAGE))
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream)
                .iterator();
    spreadsheets.writeLists(
        StatisticsWorkbook.sheets(
            ParticipationBreakdown.of(queries.byJurisdiction(campaignId, scope)),
            ParticipationBreakdown.of(queries.byEnterprise(campaignId, scope)),
            ParticipationBreakdown.of(queries.byPosition(campaignId, scope)),
            queries.items(campaignId, scope),
            notTaken,
            labels),
        labels,
        out);
  }
}
