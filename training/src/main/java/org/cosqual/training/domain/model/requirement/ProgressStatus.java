package org.cosqual.training.domain.model.requirement;

/** How a person stands against the year's requirement (DESIGN.md section 4). */
public enum ProgressStatus {
  MET,
  ON_TRACK,
  AT_RISK,
  BEHIND
}
