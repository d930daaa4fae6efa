package org.cosqual.personnel.domain.model.audit;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

  /**
   * The chain head (its one row comes with the first migration), locked for the rest of the
   * transaction.
   */
  AuditChainHead lockHead();

  /** The chain head as it stands, unlocked. */
  AuditChainHead head();

  void store(AuditEntry entry);

  /** Up to {@code limit} entries after {@code afterSeq}, in order. */
  List<AuditEntry> findAfter(long afterSeq, int limit);

  List<AuditEntry> search(AuditQuery query, int first, int pageSize);

  long count(AuditQuery query);

  /** Filters of the audit search page; null fields do not filter. */
  record AuditQuery(Instant from, Instant to, String actor, AuditAction action, String text) {}
}
