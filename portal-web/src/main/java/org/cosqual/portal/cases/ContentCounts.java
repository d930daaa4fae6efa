package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cosqual.cases.application.ContentService;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;

/** How many items the dashboards point to: the caller's own items and the review queue. */
@Named("contentCounts")
@RequestScoped
public class ContentCounts {

  @Inject ContentService content;
  @Inject Caller caller;

  public long getMine() {
    return caller.has(Permission.CONTENT_WRITE) ? content.findMyItems().size() : 0;
  }

  public long getInReview() {
    return caller.has(Permission.CONTENT_PUBLISH) ? content.findItemsInReview().size() : 0;
  }
}
