package org.cosqual.personnel.application;

/**
 * Where the id-number key comes from. The web tier produces it from configuration; the key is never
 * in the repository.
 */
public interface IdNumberKeySource {

  /** At least 32 random bytes; encryption and hash keys are derived from it. */
  byte[] masterKey();

  IdNumberCipherSuite suite();
}
