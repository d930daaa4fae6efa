package org.cosqual.training.domain.model.assessment;

public enum CampaignStatus {
  /** Being prepared: nobody is enrolled yet. */
  DRAFT,
  /** Its people are enrolled and may start attempts inside its window. */
  OPEN
}
