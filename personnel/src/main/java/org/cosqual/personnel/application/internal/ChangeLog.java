package org.cosqual.personnel.application.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;

/** The fields a change altered, as the audit trail records them: "field: old → new; …". */
final class ChangeLog {

  private static final String NONE = "-";

  private final StringJoiner text = new StringJoiner("; ");

  /** Notes the field when its value changed; collections compare and show sorted. */
  ChangeLog compare(String field, Object before, Object after) {
    String old = show(before);
    String now = show(after);
    if (!old.equals(now)) {
      text.add(field + ": " + old + " → " + now);
    }
    return this;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private static String show(Object value) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(Objects::toString)
          .collect(TreeSet::new, TreeSet::add, TreeSet::addAll)
          .toString();
    }
    return value.toString();
  }
}
