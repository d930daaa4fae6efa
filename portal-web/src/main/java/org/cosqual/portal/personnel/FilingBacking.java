package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FilingDetails;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;

/**
 * One filing: its revisions, review steps, the diff against the archive and the qualification
 * check; a regulator approves it or returns it with a reason. The decision carries the version the
 * page was loaded at, so a second reviewer acting on an outdated page is refused.
 */
@Named("filing")
@ViewScoped
public class FilingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FilingService filings;
  @Inject transient Caller caller;
  @Inject transient FileDownload download;

  private Long id;
  private long version;
  private FilingDetails details;
  private String comment;
  private String returnReason;

  public void load() {
    if (details == null) {
      PageActions.attempt(this::reload);
    }
  }

  private void reload() {
    details = filings.getFiling(id);
    version = details.filing().getVersion();
  }

  public void approve() {
    if (PageActions.attempt(() -> filings.approveFiling(id, version, comment))) {
      PageMessages.info("personnel_filing.message.approved", id);
      PageActions.attempt(this::reload);
    }
  }

  public void returnForCorrection() {
    if (PageActions.attempt(() -> filings.returnFiling(id, version, returnReason))) {
      PageMessages.info("personnel_filing.message.returned", id);
      returnReason = null;
      PageActions.attempt(this::reload);
    }
  }

  /** Shows the appointment document in the browser; the service checks the caller may see it. */
  public void openDocument() {
    PageActions.attempt(
        () ->
            filings
                .findFilingDocument(id)
                .ifPresentOrElse(
                    file -> download.send(file, false),
                    () -> PageMessages.error("personnel_filing.message.noDocument")));
  }

  public boolean isCanReview() {
    return details != null
        && details.filing().getState() == ReviewState.PENDING
        && caller.has(Permission.FILING_REVIEW);
  }

  public boolean isCanCorrect() {
    return details != null
        && details.filing().getState() == ReviewState.RETURNED
        && caller.has(Permission.FILING_SUBMIT);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public FilingDetails getDetails() {
    return details;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }
}
