package org.cosqual.training.domain.model.course;

/** Who provides a course. */
public enum ProviderKind {
  /** The province's administration, through one of its units. */
  PROVINCE,
  /** An industry association; its courses are reviewed by a regulator before they are published. */
  ASSOCIATION,
  /** Others: the NMPA, another province's experts, a university. */
  EXTERNAL
}
