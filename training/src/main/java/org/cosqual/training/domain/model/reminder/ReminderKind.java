package org.cosqual.training.domain.model.reminder;

/** What a reminder is: a person's own, or a regulator administrator's summary of their subtree. */
public enum ReminderKind {
  AT_RISK,
  ADMIN_SUMMARY
}
