package org.cosqual.training.domain.model.ledger;

/** Only approved entries count towards the requirement. */
public enum EntryStatus {
  PENDING,
  APPROVED,
  REJECTED
}
