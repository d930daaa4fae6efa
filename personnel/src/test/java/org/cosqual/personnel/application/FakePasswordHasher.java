package org.cosqual.personnel.application;

/**
 * A transparent stand-in for the slow hasher: the "hash" is a prefix and the password. It counts
 * the {@link #matches} calls so a test can see that an unknown user name costs a comparison too.
 */
public class FakePasswordHasher implements PasswordHasher {

  private static final String PREFIX = "fake$";
  private int matchesCalls;

  @Override
  public String hash(char[] password) {
    return PREFIX + new String(password);
  }

  @Override
  public boolean matches(char[] password, String storedHash) {
    matchesCalls++;
    return password != null && storedHash != null && storedHash.equals(hash(password));
  }

  public int matchesCalls() {
    return matchesCalls;
  }
}
