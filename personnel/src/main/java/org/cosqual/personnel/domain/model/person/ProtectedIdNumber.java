package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An id number as it is kept at rest: encrypted, with a keyed hash that finds it and keeps it
 * unique without decrypting, and the masked form that every list, export and PDF shows. Made only
 * by an {@link IdNumberProtector}.
 */
@Embeddable
public class ProtectedIdNumber {

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 30)
  private IdType type;

  @Column(name = "id_number_masked", length = 20)
  private String masked;

  @Column(name = "id_number_cipher", length = 120)
  private String cipherText;

  @Column(name = "id_number_hash", length = 64)
  private String hash;

  protected ProtectedIdNumber() {}

  public ProtectedIdNumber(IdType type, String masked, String cipherText, String hash) {
    this.type = Objects.requireNonNull(type);
    this.masked = Objects.requireNonNull(masked);
    this.cipherText = Objects.requireNonNull(cipherText);
    this.hash = Objects.requireNonNull(hash);
  }

  ProtectedIdNumber copy() {
    return new ProtectedIdNumber(type, masked, cipherText, hash);
  }

  public IdType type() {
    return type;
  }

  public String masked() {
    return masked;
  }

  public String cipherText() {
    return cipherText;
  }

  public String hash() {
    return hash;
  }

  /** Whether both stand for the same number (the keyed hashes match). */
  public boolean sameNumberAs(ProtectedIdNumber other) {
    return other != null && hash.equals(other.hash);
  }

  @Override
  public String toString() {
    return masked;
  }
}
