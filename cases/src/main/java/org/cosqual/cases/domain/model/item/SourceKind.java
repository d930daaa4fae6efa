package org.cosqual.cases.domain.model.item;

/** Who an item comes from: a regulator unit or a named industry association. */
public enum SourceKind {
  REGULATOR,
  ASSOCIATION
}
