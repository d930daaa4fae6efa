package org.cosqual.training.domain.model.reminder;

import java.util.List;
import java.util.Set;

public interface ReminderRepository {

  /**
   * Records a reminder before it is sent, in the caller's transaction. False when it is on record
   * already: someone else (an earlier run, another node) sends it, so the caller must not. A
   * concurrent record of the same reminder waits for the other transaction and then finds it.
   */
  boolean record(SentReminder reminder);

  /** The people who have a reminder of this kind on record for the month. */
  Set<Long> findRecipients(ReminderMonth month, ReminderKind kind);

  void recordMail(long personId, ReminderMonth month, ReminderKind kind, MailOutcome outcome);

  List<SentReminder> findByMonth(ReminderMonth month);
}
