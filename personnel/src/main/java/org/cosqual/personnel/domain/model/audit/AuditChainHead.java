package org.cosqual.personnel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that names the newest entry of the chain. Appends lock it first, so two appends never
 * take the same sequence number or the same previous hash, and the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final long ID = 1L;

  @Id private long id = ID;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash = AuditHash.GENESIS;

  protected AuditChainHead() {}

  /** Links a new entry to the chain and moves the head onto it. */
  public AuditEntry append(AuditRecord record, Instant now) {
    AuditEntry entry = new AuditEntry(lastSeq + 1, now, record, lastHash);
    lastSeq = entry.getSeq();
    lastHash = entry.getHash();
    return entry;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
