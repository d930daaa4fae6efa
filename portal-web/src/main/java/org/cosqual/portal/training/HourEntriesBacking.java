package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.ledger.HourEntry;

/**
 * Hour approval: a regulator administrator decides the training hours reported by the people of
 * their jurisdiction, with the certificate at hand.
 */
@Named("hourEntries")
@ViewScoped
public class HourEntriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingLedgerService ledger;
  @Inject transient FileDownload download;

  private transient List<HourEntry> pending;
  private Long rejecting;
  private long rejectingVersion;
  private String reason;

  public List<HourEntry> getPending() {
    if (pending == null) {
      pending = ledger.findPendingEntries();
    }
    return pending;
  }

  public void approve(HourEntry entry) {
    if (PageActions.attempt(() -> ledger.approveEntry(entry.getId(), entry.getVersion()))) {
      PageMessages.info("training_entries.message.approved", entry.getPerson().getName());
    }
    pending = null;
  }

  public void startRejecting(HourEntry entry) {
    rejecting = entry.getId();
    rejectingVersion = entry.getVersion();
    reason = null;
  }

  public void reject() {
    if (PageActions.attempt(() -> ledger.rejectEntry(rejecting, rejectingVersion, reason))) {
      PageMessages.info("training_entries.message.rejected", rejecting);
      rejecting = null;
      pending = null;
    }
  }

  public void openEvidence(HourEntry entry) {
    PageActions.attempt(
        () -> ledger.findEvidence(entry.getId()).ifPresent(file -> download.send(file, false)));
  }

  public Long getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
