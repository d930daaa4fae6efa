package org.cosqual.portal.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cosqual.personnel.application.FilingService;

/** The number of filings waiting in the signed-in regulator's queue, for the dashboards. */
@Named("pendingFilings")
@RequestScoped
public class PendingFilings {

  @Inject FilingService filings;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = filings.countPendingFilings();
    }
    return count;
  }
}
