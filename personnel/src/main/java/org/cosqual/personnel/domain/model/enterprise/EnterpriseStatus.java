package org.cosqual.personnel.domain.model.enterprise;

/** Whether an enterprise is in business. */
public enum EnterpriseStatus {
  ACTIVE,
  SUSPENDED,
  CANCELLED
}
