package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;

/** The audit trail: every module appends; only the audit administrator reads and verifies it. */
public interface AuditTrail {

  /**
   * Appends in the caller's transaction, so the entry stands or falls with the change it records.
   */
  void append(AuditRecord record);

  List<AuditEntry> search(AuditQuery query, int first, int pageSize);

  long count(AuditQuery query);

  /** Recomputes the whole chain and names the first broken entry; the run itself is audited. */
  ChainVerification verifyChain();
}
