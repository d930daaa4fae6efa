package org.cosqual.personnel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of the append-only, hash-chained audit trail. Its hash covers the canonical form of its
 * fields and the previous entry's hash; nothing ever updates or deletes a row.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.findFromSeq",
    query = "select e from AuditEntry e where e.seq > :afterSeq order by e.seq")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = AuditRecord.ACTOR_MAX)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AuditAction action;

  @Column(nullable = false, length = AuditRecord.TARGET_MAX)
  private String target;

  @Column(nullable = false, length = AuditRecord.DETAIL_MAX)
  private String detail;

  @Column(name = "remote_address", nullable = false, length = AuditRecord.ADDRESS_MAX)
  private String remoteAddress;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  /** The entry that follows {@code previousHash} as number {@code seq}, hashed now. */
  public AuditEntry(long seq, Instant occurredAt, AuditRecord record, String previousHash) {
    this.seq = seq;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = record.actor();
    this.action = record.action();
    this.target = record.target();
    this.detail = record.detail();
    this.remoteAddress = record.remoteAddress();
    this.prevHash = previousHash;
    this.hash = AuditHash.of(this);
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
