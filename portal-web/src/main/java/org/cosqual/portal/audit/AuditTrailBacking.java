package org.cosqual.portal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.portal.shell.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(trail.count(query()));
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return trail.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return Long.toString(entry.getSeq());
        }
      };

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
