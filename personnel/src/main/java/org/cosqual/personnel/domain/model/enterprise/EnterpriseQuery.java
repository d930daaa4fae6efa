package org.cosqual.personnel.domain.model.enterprise;

import java.io.Serializable;

/**
 * The filters and order of the enterprise list; null or blank filters do not filter. Name and
 * credit code match a part of the value; the jurisdiction (a node code) matches the node alone, or
 * with {@code withSubordinates} the node and everything beneath it.
 */
public record EnterpriseQuery(
    String name,
    String creditCode,
    String jurisdictionCode,
    boolean withSubordinates,
    EnterpriseKind kind,
    RiskGrade riskGrade,
    EnterpriseStatus status,
    EnterpriseSort sort,
    boolean descending)
    implements Serializable {

  public EnterpriseQuery {
    if (sort == null) {
      sort = EnterpriseSort.JURISDICTION;
    }
  }

  /** Every enterprise in scope, in tree order. */
  public static EnterpriseQuery all() {
    return new EnterpriseQuery(
        null, null, null, true, null, null, null, EnterpriseSort.JURISDICTION, false);
  }
}
