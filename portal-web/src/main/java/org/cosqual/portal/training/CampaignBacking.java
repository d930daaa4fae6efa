package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosqual.personnel.application.Caller;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.ResultService;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.Enrolment;

/**
 * One annual assessment: its terms, opening it, and the people of the caller's subtree with their
 * attempts, results and logs; a failed person may be granted one make-up attempt for a reason.
 */
@Named("campaignPage")
@ViewScoped
public class CampaignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CampaignService campaigns;
  @Inject transient ResultService results;
  @Inject transient Caller caller;

  private String id;
  private transient Campaign campaign;
  private transient List<Enrolment> enrolments;
  private Long shownEnrolmentId;
  private transient List<Attempt> shownAttempts;

  /** Each shown attempt's log, read once: a table evaluates its value several times a request. */
  private transient Map<Long, List<AttemptEvent>> logs;

  private Long makeUpEnrolmentId;
  private long makeUpVersion;
  private String makeUpReason;

  public void load() {
    if (campaign == null) {
      PageActions.loadOrNotFound(campaigns::getCampaign, id).ifPresent(c -> campaign = c);
    }
  }

  public Campaign getCampaign() {
    if (campaign == null && id != null) {
      load();
    }
    return campaign;
  }

  public List<Enrolment> getEnrolments() {
    if (enrolments == null && getCampaign() != null) {
      enrolments = campaigns.findEnrolments(campaign.getId());
    }
    return enrolments;
  }

  public boolean isOpening() {
    return caller.isProvinceWide() && getCampaign() != null && !campaign.isOpen();
  }

  public String open() {
    Campaign current = getCampaign();
    Campaign[] opened = new Campaign[1];
    if (!PageActions.attempt(
        () -> opened[0] = campaigns.openCampaign(current.getId(), current.getVersion()))) {
      return null;
    }
    PageMessages.info(
        "regulation_campaign.message.opened", campaigns.countEnrolments(current.getId()));
    PageMessages.keepForRedirect();
    return "/regulation/campaign.xhtml?faces-redirect=true&id=" + opened[0].getId();
  }

  /** Shows an enrolment's attempts and their logs below the table. */
  public void showAttempts(Enrolment enrolment) {
    shownEnrolmentId = enrolment.getId();
    shownAttempts = null;
    logs = null;
  }

  public List<Attempt> getShownAttempts() {
    if (shownAttempts == null && shownEnrolmentId != null) {
      shownAttempts = results.findAttempts(shownEnrolmentId);
    }
    return shownAttempts;
  }

  public List<AttemptEvent> log(Attempt attempt) {
    if (logs == null) {
      logs = new HashMap<>();
    }
    return logs.computeIfAbsent(attempt.getId(), results::findAttemptLog);
  }

  public void askMakeUp(Enrolment enrolment) {
    makeUpEnrolmentId = enrolment.getId();
    makeUpVersion = enrolment.getVersion();
    makeUpReason = null;
  }

  public void grantMakeUp() {
    if (PageActions.attempt(
        () -> results.grantMakeUp(makeUpEnrolmentId, makeUpVersion, makeUpReason))) {
      PageMessages.info("regulation_campaign.message.makeUp");
      makeUpEnrolmentId = null;
      enrolments = null;
    }
  }

  public boolean isAskingMakeUp() {
    return makeUpEnrolmentId != null;
  }

  public void cancelMakeUp() {
    makeUpEnrolmentId = null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMakeUpReason() {
    return makeUpReason;
  }

  public void setMakeUpReason(String makeUpReason) {
    this.makeUpReason = makeUpReason;
  }
}
