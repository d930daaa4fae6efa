package org.cosqual.personnel.application;

import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;

/** Keeps what services append, so tests can read exactly what was audited. */
public class RecordingAuditTrail implements AuditTrail {

  private final List<AuditRecord> records = new ArrayList<>();

  @Override
  public void append(AuditRecord record) {
    records.add(record);
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long count(AuditQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ChainVerification verifyChain() {
    throw new UnsupportedOperationException();
  }

  public List<AuditRecord> records() {
    return List.copyOf(records);
  }

  public List<AuditAction> actions() {
    return records.stream().map(AuditRecord::action).toList();
  }

  public AuditRecord last() {
    if (records.isEmpty()) {
      throw new AssertionError("Nothing was audited");
    }
    return records.get(records.size() - 1);
  }
}
