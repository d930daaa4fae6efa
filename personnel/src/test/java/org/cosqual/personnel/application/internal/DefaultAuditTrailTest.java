package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditEntry;
import org.cosqual.personnel.domain.model.audit.AuditHash;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.personnel.domain.model.audit.ChainVerification.Problem;
import org.cosqual.personnel.domain.model.audit.FakeAuditRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.testing.MutableClock;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultAuditTrailTest {

  private static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

  private final MutableClock clock = MutableClock.at("2026-03-02T08:00:00.123456789Z");
  private final FakeAuditRepository repository = new FakeAuditRepository();
  private final DefaultAuditTrail trail = new DefaultAuditTrail();
  private int clears;

  private static CallerIdentity caller(Role role) {
    return new CallerIdentity(
        1L, role.name().toLowerCase(), Set.of(role), role.permissions(), null, null, "10.0.0.1");
  }

  @BeforeEach
  void setUp() {
    trail.repository = repository;
    trail.clock = clock;
    trail.caller = caller(Role.AUDIT_ADMIN);
    // The trail only detaches what it has read; any other use of the entity manager is a surprise.
    trail.em =
        (EntityManager)
            Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("clear")) {
                    clears++;
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
  }

  private void appendSignIns(int count) {
    for (int i = 0; i < count; i++) {
      trail.append(
          new AuditRecord("alice", AuditAction.SIGN_IN, "account:alice", "n" + i, "10.0.0.2"));
      clock.advance(Duration.ofMillis(1));
    }
  }

  @Test
  void appendLinksEachEntryToThePreviousThroughTheLockedHead() {
    appendSignIns(3);

    List<AuditEntry> entries = repository.entries();
    assertEquals(List.of(1L, 2L, 3L), entries.stream().map(AuditEntry::getSeq).toList());
    assertEquals(AuditHash.GENESIS, entries.get(0).getPrevHash());
    assertEquals(entries.get(0).getHash(), entries.get(1).getPrevHash());
    assertEquals(entries.get(1).getHash(), entries.get(2).getPrevHash());
    assertEquals(3, repository.headLocks());
    assertEquals(entries.get(2).getHash(), repository.head().getLastHash());
  }

  @Test
  void appendTakesTheTimeFromTheClockToTheMicrosecond() {
    appendSignIns(1);
    assertEquals(
        clock
            .instant()
            .minus(Duration.ofMillis(1))
            .truncatedTo(java.time.temporal.ChronoUnit.MICROS),
        repository.entries().get(0).getOccurredAt());
  }

  @Test
  void intactChainIsReportedIntactAndTheRunIsItselfAudited() {
    appendSignIns(3);

    ChainVerification result = trail.verifyChain();

    assertTrue(result.isIntact());
    assertEquals(3, result.checked());
    AuditEntry run = repository.entries().get(3);
    assertEquals(AuditAction.AUDIT_VERIFIED, run.getAction());
    assertEquals("audit_admin", run.getActor());
    assertEquals("intact 3", run.getDetail());
    assertTrue(
        trail.verifyChain().isIntact(), "the verification entry extends the chain correctly");
  }

  @Test
  void tamperedEntryIsNamedAndTheFindingIsAudited() {
    appendSignIns(5);
    TestEntities.set(repository.entries().get(1), "detail", "rewritten");

    ChainVerification result = trail.verifyChain();

    assertEquals(2L, result.firstBrokenSeq());
    assertEquals(Problem.HASH_MISMATCH, result.problem());
    assertEquals("broken at 2 HASH_MISMATCH", repository.entries().get(5).getDetail());
  }

  @Test
  void deletedEntryIsASequenceGap() {
    appendSignIns(5);
    repository.delete(4);

    ChainVerification result = trail.verifyChain();

    assertEquals(4L, result.firstBrokenSeq());
    assertEquals(Problem.SEQUENCE_GAP, result.problem());
  }

  @Test
  void chainOfExactlyOneBatchIsReadCompletely() {
    appendSignIns(1000);

    ChainVerification result = trail.verifyChain();

    assertTrue(result.isIntact());
    assertEquals(1000, result.checked());
  }

  @Test
  void chainLongerThanOneBatchIsReadCompletelyAndDetachedBatchByBatch() {
    appendSignIns(1001);

    ChainVerification result = trail.verifyChain();

    assertTrue(result.isIntact());
    assertEquals(1001, result.checked());
    assertEquals(2, clears);
  }

  @Test
  void tamperingInTheSecondBatchIsFound() {
    appendSignIns(1001);
    TestEntities.set(repository.entries().get(1000), "actor", "mallory");

    ChainVerification result = trail.verifyChain();

    assertEquals(1001L, result.firstBrokenSeq());
    assertEquals(Problem.HASH_MISMATCH, result.problem());
    assertEquals(1000, result.checked());
  }

  @Test
  void systemAdministratorCannotVerifyOrReadTheTrail() {
    appendSignIns(1);
    trail.caller = caller(Role.SYSTEM_ADMIN);

    assertThrows(AccessDeniedException.class, trail::verifyChain);
    assertThrows(AccessDeniedException.class, () -> trail.search(ALL, 0, 10));
    assertThrows(AccessDeniedException.class, () -> trail.count(ALL));
    assertEquals(1, repository.entries().size(), "a refused verification leaves no entry");
  }

  @Test
  void auditAdministratorCanSearchAndCount() {
    appendSignIns(3);

    assertEquals(3, trail.count(ALL));
    assertEquals(
        List.of(3L, 2L), trail.search(ALL, 0, 2).stream().map(AuditEntry::getSeq).toList());
  }
}
