package org.cosqual.personnel.application;

import java.time.Instant;

/** How a sign-in attempt ended. */
public record SignInResult(
    Outcome outcome, Long accountId, boolean mustChangePassword, Instant lockedUntil) {

  public enum Outcome {
    SIGNED_IN,
    UNKNOWN_ACCOUNT,
    WRONG_PASSWORD,
    LOCKED,
    DISABLED
  }

  public static SignInResult refused(Outcome outcome) {
    return new SignInResult(outcome, null, false, null);
  }

  public boolean isSignedIn() {
    return outcome == Outcome.SIGNED_IN;
  }
}
