package org.cosqual.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.domain.model.assessment.Campaign;

/** The annual assessments the administrator's jurisdiction takes part in, newest first. */
@Named("campaignList")
@RequestScoped
public class CampaignsBacking {

  @Inject CampaignService campaigns;
  @Inject Caller caller;

  private List<Campaign> rows;

  public List<Campaign> getRows() {
    if (rows == null) {
      rows = campaigns.findCampaigns();
    }
    return rows;
  }

  /** Only a province-wide administrator defines campaigns; the service refuses anyone else too. */
  public boolean isDefining() {
    return caller.isProvinceWide();
  }
}
