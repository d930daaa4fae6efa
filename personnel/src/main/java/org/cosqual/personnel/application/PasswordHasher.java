package org.cosqual.personnel.application;

/**
 * Slow, salted password hashing, supplied by the web tier (which owns the security library) so that
 * this module stays free of it.
 */
public interface PasswordHasher {

  String hash(char[] password);

  boolean matches(char[] password, String storedHash);
}
