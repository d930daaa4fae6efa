package org.cosqual.personnel.domain.model.filing;

import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/**
 * What a reviewer narrows the work queue to: part of the enterprise's name, the kind of filing, the
 * key position; null for any.
 */
public record FilingQuery(String enterpriseName, FilingKind kind, KeyPosition position) {

  public static FilingQuery all() {
    return new FilingQuery(null, null, null);
  }

  /** The name as a LIKE pattern, its own wildcards escaped; null when not filtered by name. */
  public String namePattern() {
    if (enterpriseName == null || enterpriseName.isBlank()) {
      return null;
    }
    String escaped =
        enterpriseName.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
