package org.cosqual.personnel.domain.model.filing;

import java.util.Objects;

/**
 * One field of a filing beside the archive's current value. Values are display text or bundle keys
 * (enum values as {@code Type.VALUE}); the id number is compared by its keyed hash and shown
 * masked.
 */
public record FieldChange(String labelKey, String current, String proposed) {

  public boolean changed() {
    return !Objects.equals(current, proposed);
  }
}
