package org.cosqual.personnel.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.domain.model.audit.ChainVerification.Problem;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainVerifierTest {

  private static final int N = 5;
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00.123456Z");

  private final AuditChainHead head = new AuditChainHead();
  private final List<AuditEntry> chain = new ArrayList<>();

  /** Appends {@code count} entries through the chain head, one second apart. */
  private void append(int count) {
    for (int i = 0; i < count; i++) {
      int n = chain.size() + 1;
      chain.add(
          head.append(
              new AuditRecord(
                  "alice", AuditAction.SIGN_IN, "account:alice", "entry " + n, "10.0.0." + n),
              T0.plus(Duration.ofSeconds(n))));
    }
  }

  /** The entry with sequence number {@code seq} (1-based). */
  private AuditEntry entry(long seq) {
    return chain.get((int) seq - 1);
  }

  private static ChainVerification verify(List<AuditEntry> entries, long headSeq, String headHash) {
    ChainVerifier verifier = new ChainVerifier();
    for (AuditEntry e : entries) {
      if (!verifier.accept(e)) {
        break;
      }
    }
    return verifier.finish(headSeq, headHash);
  }

  private ChainVerification verify() {
    return verify(chain, head.getLastSeq(), head.getLastHash());
  }

  /** A new, correctly hashed entry {@code seq} with a forged detail, linked to {@code prevHash}. */
  private AuditEntry forged(long seq, String prevHash) {
    AuditEntry original = entry(seq);
    return new AuditEntry(
        seq,
        original.getOccurredAt(),
        new AuditRecord(
            original.getActor(),
            original.getAction(),
            original.getTarget(),
            "forged",
            original.getRemoteAddress()),
        prevHash);
  }

  private static void assertBroken(
      ChainVerification result, long seq, Problem problem, long checked) {
    assertFalse(result.isIntact(), "the chain should be found broken");
    assertEquals(seq, result.firstBrokenSeq(), "first broken seq");
    assertEquals(problem, result.problem());
    assertEquals(checked, result.checked(), "entries checked before the break");
  }

  @Test
  void newHeadStartsAtGenesis() {
    assertEquals(0, head.getLastSeq());
    assertEquals(AuditHash.GENESIS, head.getLastHash());
  }

  @Test
  void headAppendNumbersAndLinksEntriesInOrder() {
    append(3);
    assertEquals(List.of(1L, 2L, 3L), chain.stream().map(AuditEntry::getSeq).toList());
    assertEquals(AuditHash.GENESIS, entry(1).getPrevHash());
    assertEquals(entry(1).getHash(), entry(2).getPrevHash());
    assertEquals(entry(2).getHash(), entry(3).getPrevHash());
    assertEquals(3, head.getLastSeq());
    assertEquals(entry(3).getHash(), head.getLastHash());
  }

  @Test
  void emptyChainAtGenesisIsIntact() {
    ChainVerification result = verify();
    assertTrue(result.isIntact());
    assertEquals(0, result.checked());
  }

  @Test
  void intactChainIsIntactAndEveryEntryIsChecked() {
    append(N);

    ChainVerification result = verify();

    assertTrue(result.isIntact());
    assertNull(result.problem());
    assertEquals(N, result.checked());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 3, N})
  void changedDetailIsAHashMismatchAtThatEntry(long k) {
    append(N);
    TestEntities.set(entry(k), "detail", "changed");

    assertBroken(verify(), k, Problem.HASH_MISMATCH, k - 1);
  }

  @Test
  void timestampMovedByOneMicrosecondIsAHashMismatch() {
    append(N);
    TestEntities.set(entry(2), "occurredAt", entry(2).getOccurredAt().plusNanos(1000));

    assertBroken(verify(), 2, Problem.HASH_MISMATCH, 1);
  }

  @Test
  void changedActionIsAHashMismatch() {
    append(N);
    TestEntities.set(entry(4), "action", AuditAction.SIGN_OUT);

    assertBroken(verify(), 4, Problem.HASH_MISMATCH, 3);
  }

  @Test
  void removedMiddleEntryIsASequenceGapNamingTheMissingNumber() {
    append(N);
    chain.remove(2); // seq 3

    assertBroken(verify(), 3, Problem.SEQUENCE_GAP, 2);
  }

  @Test
  void removedFirstEntryIsASequenceGapAtOne() {
    append(N);
    chain.remove(0);

    assertBroken(verify(), 1, Problem.SEQUENCE_GAP, 0);
  }

  @Test
  void entriesOutOfOrderAreASequenceGap() {
    append(N);
    chain.add(2, chain.remove(3)); // offered as 1, 2, 4, 3, 5

    assertBroken(verify(), 3, Problem.SEQUENCE_GAP, 2);
  }

  @Test
  void removedLastEntryIsAHeadMismatchNamingTheMissingEntry() {
    append(N);
    chain.remove(N - 1);

    assertBroken(verify(), N, Problem.HEAD_MISMATCH, N - 1);
  }

  @Test
  void headNamingALaterSequenceThanTheLastEntryIsAHeadMismatch() {
    append(N);

    // The head's hash is that of entry N, but it claims N + 1 entries: entry N + 1 is missing.
    assertBroken(verify(chain, N + 1, entry(N).getHash()), N + 1, Problem.HEAD_MISMATCH, N);
  }

  @Test
  void rewrittenEntryWithRecomputedHashBreaksTheLinkOfTheFollowingEntry() {
    append(N);
    AuditEntry rewritten = forged(3, entry(3).getPrevHash());
    chain.set(2, rewritten);

    // Entry 3 is self-consistent and still links to 2; entry 4 names the old hash of 3.
    assertBroken(verify(), 4, Problem.LINK_MISMATCH, 3);
  }

  @Test
  void entryRelinkedToAnEarlierEntryWithRecomputedHashIsALinkMismatchAtThatEntry() {
    append(N);
    chain.set(2, forged(3, entry(1).getHash())); // 3 now claims to follow 1

    assertBroken(verify(), 3, Problem.LINK_MISMATCH, 2);
  }

  @Test
  void firstEntryLinkedToAnythingButGenesisIsALinkMismatch() {
    append(N);
    chain.set(0, forged(1, "1".repeat(64)));

    assertBroken(verify(), 1, Problem.LINK_MISMATCH, 0);
  }

  @Test
  void rewrittenLastEntryWithRecomputedHashIsAHeadMismatchNamingThatEntry() {
    append(N);
    chain.set(N - 1, forged(N, entry(N - 1).getHash()));

    // Every entry is self-consistent; only the head still holds the old hash of entry N. The
    // verifier must name entry N, not N + 1, which does not exist.
    assertBroken(verify(), N, Problem.HEAD_MISMATCH, N);
  }

  @Test
  void entryBeyondTheHeadIsAHeadMismatchNamingThatEntry() {
    append(N);
    long headSeq = head.getLastSeq();
    String headHash = head.getLastHash();
    append(1); // seq N + 1, well linked, but inserted without moving the head we verify against

    // The first entry the head does not account for is N + 1, not N + 2.
    assertBroken(verify(chain, headSeq, headHash), N + 1, Problem.HEAD_MISMATCH, N + 1);
  }

  @Test
  void onceBrokenLaterEntriesAreRefusedAndTheFirstBreakIsReported() {
    append(N);
    TestEntities.set(entry(2), "target", "account:mallory");
    ChainVerifier verifier = new ChainVerifier();

    assertTrue(verifier.accept(entry(1)));
    assertFalse(verifier.accept(entry(2)));
    assertFalse(verifier.accept(entry(3)), "an intact entry after the break is not accepted");

    assertBroken(
        verifier.finish(head.getLastSeq(), head.getLastHash()), 2, Problem.HASH_MISMATCH, 1);
  }
}
