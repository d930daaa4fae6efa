package org.cosqual.personnel.domain.model.audit;

import java.io.Serializable;

/**
 * The verifier's finding: how many entries it checked and, when the chain is broken, the first
 * broken entry's sequence number and why.
 */
public record ChainVerification(long checked, Long firstBrokenSeq, Problem problem)
    implements Serializable {

  /** Why an entry breaks the chain. */
  public enum Problem {
    HASH_MISMATCH,
    LINK_MISMATCH,
    SEQUENCE_GAP,
    HEAD_MISMATCH
  }

  public static ChainVerification intact(long checked) {
    return new ChainVerification(checked, null, null);
  }

  public boolean isIntact() {
    return firstBrokenSeq == null;
  }
}
