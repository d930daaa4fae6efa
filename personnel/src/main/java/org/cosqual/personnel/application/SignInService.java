package org.cosqual.personnel.application;

/** Signing in and out: the lock-out rule and the audit of every attempt live behind this. */
public interface SignInService {

  /**
   * Checks a user name and password. A wrong password counts towards the lock; the fifth within 15
   * minutes locks the account for 15 minutes. Every attempt, kept or refused, is audited.
   */
  SignInResult signIn(String username, char[] password, String remoteAddress);

  void recordSignOut(long accountId, String remoteAddress);

  /** Whether the account still exists and is enabled: a disabled account's open sessions end. */
  boolean isActive(long accountId);

  /** Whether the account holds a password an administrator issued, which it must change first. */
  boolean mustChangePassword(long accountId);

  /** The identity of a signed-in account, for the web tier to act as. */
  CallerIdentity callerFor(long accountId, String remoteAddress);
}
