package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import org.cosqual.personnel.application.NoticeService;
import org.cosqual.training.domain.model.reminder.MailOutcome;
import org.cosqual.training.domain.model.reminder.ReminderKind;
import org.cosqual.training.domain.model.reminder.ReminderMonth;
import org.cosqual.training.domain.model.reminder.ReminderRepository;
import org.cosqual.training.domain.model.reminder.SentReminder;

/**
 * Each reminder in a transaction of its own: its record and its notice commit together, before its
 * mail is sent, so a reminder is sent at most once even when the run stops half-way.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ReminderDelivery {

  @Inject ReminderRepository reminders;
  @Inject NoticeService notices;
  @Inject Clock clock;

  /**
   * Records the reminder and leaves its notice; false, with nothing done, when it is on record
   * already (an earlier run or another node sent it).
   */
  public boolean record(
      long personId,
      ReminderMonth month,
      ReminderKind kind,
      String noticeKey,
      List<String> noticeArguments) {
    if (!reminders.record(new SentReminder(personId, month, kind, clock.instant()))) {
      return false;
    }
    notices.post(personId, noticeKey, noticeArguments);
    return true;
  }

  public void recordMail(
      long personId, ReminderMonth month, ReminderKind kind, MailOutcome outcome) {
    reminders.recordMail(personId, month, kind, outcome);
  }
}
