package org.cosqual.personnel.domain.model.enterprise;

/** The risk grade regulators give an enterprise, A (lowest) to D (highest). */
public enum RiskGrade {
  A,
  B,
  C,
  D
}
