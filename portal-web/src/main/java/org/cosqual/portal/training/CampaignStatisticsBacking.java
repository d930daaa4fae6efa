package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.PagedModel;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CampaignStatisticsService;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * A campaign's statistics for the caller's subtree: participation and pass rates by jurisdiction,
 * enterprise and key position, the item analysis, the people who have not taken it, and the
 * workbook of them all. Each figure is read once a view.
 */
@Named("campaignStatistics")
@ViewScoped
public class CampaignStatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CampaignService campaigns;
  @Inject transient CampaignStatisticsService statistics;

  private String id;
  private long campaignId;
  private String title;
  private transient ParticipationBreakdown byJurisdiction;
  private transient ParticipationBreakdown byEnterprise;
  private transient ParticipationBreakdown byPosition;
  private transient List<ItemStatistics> items;

  private final LazyDataModel<NotTaken> notTaken =
      new PagedModel<>(
          () -> statistics.countNotTaken(campaignId),
          (first, pageSize, sortBy) -> statistics.findNotTaken(campaignId, first, pageSize),
          NotTaken::enrolmentId);

  public void load() {
    if (title == null) {
      PageActions.loadOrNotFound(campaigns::getCampaign, id).ifPresent(this::show);
    }
  }

  private void show(Campaign campaign) {
    campaignId = campaign.getId();
    title = campaign.getTitle();
  }

  public ParticipationBreakdown getByJurisdiction() {
    if (byJurisdiction == null) {
      byJurisdiction = statistics.participationByJurisdiction(campaignId);
    }
    return byJurisdiction;
  }

  public ParticipationBreakdown getByEnterprise() {
    if (byEnterprise == null) {
      byEnterprise = statistics.participationByEnterprise(campaignId);
    }
    return byEnterprise;
  }

  public ParticipationBreakdown getByPosition() {
    if (byPosition == null) {
      byPosition = statistics.participationByPosition(campaignId);
    }
    return byPosition;
  }

  public List<ItemStatistics> getItems() {
    if (items == null) {
      items = statistics.itemAnalysis(campaignId);
    }
    return items;
  }

  public LazyDataModel<NotTaken> getNotTaken() {
    return notTaken;
  }

  /** Every figure of the page as one workbook, a sheet each. */
  public StreamedContent getExport() {
    long shown = campaignId;
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("training_campaignStatistics.fileName", title))
        .contentType(FileDownload.XLSX)
        .writer(out -> statistics.exportStatistics(shown, SheetLabels.chinese(), out))
        .build();
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getTitle() {
    return title;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
