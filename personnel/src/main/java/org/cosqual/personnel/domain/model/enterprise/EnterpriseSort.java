package org.cosqual.personnel.domain.model.enterprise;

/** The columns the enterprise list can be sorted by. */
public enum EnterpriseSort {
  NAME,
  CREDIT_CODE,
  LICENSE_NO,
  /** Tree order: a node's enterprises before those of the next node. */
  JURISDICTION,
  RISK_GRADE,
  STATUS
}
