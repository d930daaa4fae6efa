package org.cosqual.personnel.domain.model.appointment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key position of an enterprise, by its code: the five the regulations name, and those the
 * province adds (its name and whether it has one holder live in {@link KeyPositionDefinition}).
 */
public record KeyPosition(String code) {

  /** Upper-case letters, digits and underscores, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

  public static final KeyPosition LEGAL_REPRESENTATIVE = new KeyPosition("LEGAL_REPRESENTATIVE");
  public static final KeyPosition QUALITY_SAFETY_OFFICER =
      new KeyPosition("QUALITY_SAFETY_OFFICER");
  public static final KeyPosition QUALITY_MANAGER = new KeyPosition("QUALITY_MANAGER");
  public static final KeyPosition PRODUCTION_MANAGER = new KeyPosition("PRODUCTION_MANAGER");
  public static final KeyPosition LAB_MANAGER = new KeyPosition("LAB_MANAGER");

  public KeyPosition {
    Objects.requireNonNull(code);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a key position code: " + code);
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
