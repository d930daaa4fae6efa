package org.cosqual.personnel.domain.model.audit;

/**
 * Walks the chain in sequence order, recomputing every hash, and stops at the first entry that is
 * changed (hash mismatch), re-linked (its previous hash is not its predecessor's hash), missing (a
 * gap in the numbers) or cut off (the head names a later entry than the last one found).
 */
public class ChainVerifier {

  private long checked;
  private long expectedSeq = 1;
  private String expectedPrevHash = AuditHash.GENESIS;
  private ChainVerification broken;

  /** Checks the next entry; returns false once the chain is found broken. */
  public boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    if (entry.getSeq() != expectedSeq) {
      return fail(expectedSeq, ChainVerification.Problem.SEQUENCE_GAP);
    }
    if (!entry.getPrevHash().equals(expectedPrevHash)) {
      return fail(entry.getSeq(), ChainVerification.Problem.LINK_MISMATCH);
    }
    if (!AuditHash.of(entry).equals(entry.getHash())) {
      return fail(entry.getSeq(), ChainVerification.Problem.HASH_MISMATCH);
    }
    checked++;
    expectedSeq++;
    expectedPrevHash = entry.getHash();
    return true;
  }

  /** The finding, once every entry has been offered, compared against the chain head. */
  public ChainVerification finish(long headSeq, String headHash) {
    if (broken != null) {
      return broken;
    }
    long lastFound = expectedSeq - 1;
    if (headSeq != lastFound || !headHash.equals(expectedPrevHash)) {
      // Cut off: the first missing entry; rewritten last entry: that entry; extra entries: the
      // first extra.
      long first = headSeq == lastFound ? lastFound : Math.min(headSeq, lastFound) + 1;
      return new ChainVerification(checked, first, ChainVerification.Problem.HEAD_MISMATCH);
    }
    return ChainVerification.intact(checked);
  }

  private boolean fail(long seq, ChainVerification.Problem problem) {
    broken = new ChainVerification(checked, seq, problem);
    return false;
  }
}
