package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditChainHead;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.audit.AuditRepository;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.personnel.domain.model.audit.ChainVerifier;

@ApplicationScoped
@Transactional
public class DefaultAuditTrail implements AuditTrail {

  private static final int BATCH = 1000;

  @Inject AuditRepository repository;
  @Inject Caller caller;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @Override
  public void append(AuditRecord record) {
    AuditChainHead head = repository.lockHead();
    repository.store(head.append(record, clock.instant()));
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
    caller.require(Permission.AUDIT_READ);
    return repository.search(query, first, pageSize);
  }

  @Override
  public long count(AuditQuery query) {
    caller.require(Permission.AUDIT_READ);
    return repository.count(query);
  }

  @Override
  public ChainVerification verifyChain() {
    caller.require(Permission.AUDIT_VERIFY);
    AuditChainHead head = repository.head();
    ChainVerifier verifier = new ChainVerifier();
    long after = 0;
    boolean more = true;
    while (more) {
      List<AuditEntry> batch = repository.findAfter(after, BATCH);
      for (AuditEntry entry : batch) {
        if (!verifier.accept(entry)) {
          more = false;
          break;
        }
        after = entry.getSeq();
      }
      more = more && batch.size() == BATCH;
      em.clear();
    }
    ChainVerification result = verifier.finish(head.getLastSeq(), head.getLastHash());
    append(
        new AuditRecord(
            caller.name(),
            AuditAction.AUDIT_VERIFIED,
            "audit",
            result.isIntact()
                ? "intact " + result.checked()
                : "broken at " + result.firstBrokenSeq() + " " + result.problem(),
            caller.remoteAddress()));
    return result;
  }
}
