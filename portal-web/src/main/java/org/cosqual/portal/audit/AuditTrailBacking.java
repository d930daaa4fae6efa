package org.cosqual.portal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.PagedModel;
import org.primefaces.model.LazyDataModel;

/** The audit administrator's page: search the trail page by page, and verify the chain. */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrail trail;
  @Inject DisplayZone zone;

  private LocalDate from;
  private LocalDate to;
  private String actor;
  private AuditAction action;
  private String text;
  private ChainVerification verification;

  private final LazyDataModel<AuditEntry> entries =
      new PagedModel<>(
          () -> trail.count(query()),
          (first, pageSize, sortBy) -> trail.search(query(), first, pageSize),
          AuditEntry::getSeq);

  private AuditQuery query() {
    ZoneId local = zone.get();
    return new AuditQuery(
        from == null ? null : from.atStartOfDay(local).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(local).toInstant(),
        actor,
        action,
        text);
  }

  public void verify() {
    verification = trail.verifyChain();
    if (verification.isIntact()) {
      PageMessages.info("audit_index.message.intact", verification.checked());
    } else {
      PageMessages.error(
          "audit_index.message.broken",
          verification.firstBrokenSeq(),
          PageMessages.text("ChainVerification.Problem." + verification.problem().name()));
    }
  }

  public String time(AuditEntry entry) {
    return zone.format(entry.getOccurredAt());
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
