package org.cosqual.personnel.domain.model.person;

/**
 * Encrypts id numbers for storage and computes their keyed hash (DESIGN.md section 4). The cipher
 * and the hash are configurable; the key comes from configuration, never from the repository.
 */
public interface IdNumberProtector {

  ProtectedIdNumber protect(IdNumber number);

  /** The keyed hash alone, to look a number up. */
  String hashOf(IdNumber number);

  /** The full number; callers audit every reveal. */
  IdNumber reveal(ProtectedIdNumber stored);
}
