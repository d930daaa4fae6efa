package org.cosqual.cases.domain.model.item;

/** Who may read an item once it is published. */
public enum Visibility {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** Signed-in enterprise users (and the associations that serve them) and regulators. */
  ENTERPRISES,
  /** Regulators only, e.g. an internal risk list. */
  REGULATORS
}
