package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.MailTexts;
import org.cosqual.personnel.application.Mailer;
import org.cosqual.personnel.application.Mailer.MailNotSentException;
import org.cosqual.personnel.application.Mailer.OutgoingMail;
import org.cosqual.training.application.ReminderRound;
import org.cosqual.training.application.ReminderService;
import org.cosqual.training.application.RequirementService;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.cosqual.training.domain.model.compliance.ComplianceReport.Standing;
import org.cosqual.training.domain.model.reminder.MailOutcome;
import org.cosqual.training.domain.model.reminder.ReminderKind;
import org.cosqual.training.domain.model.reminder.ReminderMonth;
import org.cosqual.training.domain.model.reminder.ReminderQueries;
import org.cosqual.training.domain.model.reminder.ReminderQueries.Administrator;
import org.cosqual.training.domain.model.reminder.ReminderRepository;
import org.cosqual.training.domain.model.requirement.Progress;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

/**
 * Who is at risk is the compliance report's own judgement ({@link ComplianceReport#atRisk()}), for
 * the whole province and for each administrator's subtree. Each reminder is recorded with its
 * notice before its mail is sent ({@link ReminderDelivery}); what is on record already is skipped.
 * No transaction spans the run: a round of thousands of mails must not hold one open.
 */
@ApplicationScoped
public class DefaultReminderService implements ReminderService {

  /** The path prefix of every jurisdiction: the whole province. */
  static final String WHOLE_TREE = "/";

  /** The most names a summary's notice lists; the mail lists them all. */
  static final int NOTICE_NAMES_MAX = 10;

  private static final Logger LOG = Logger.getLogger(DefaultReminderService.class.getName());

  @Inject ComplianceQueries compliance;
  @Inject RequirementService requirementService;
  @Inject ReminderQueries recipients;
  @Inject ReminderRepository reminders;
  @Inject ReminderDelivery delivery;
  @Inject Mailer mailer;
  @Inject MailTexts texts;

  @Override
  public ReminderRound sendMonthlyReminders(LocalDate today) {
    Optional<ReminderMonth> due = ReminderMonth.dueOn(today);
    if (due.isEmpty()) {
      return ReminderRound.NOT_DUE;
    }
    // Read in a transaction of its own: outside one, two rounds at once once read the requirement
    // with no counted category (an IN () the database refused).
    Round round = new Round(due.get(), today, requirementService.requirementFor(due.get().year()));
    Set<Long> reminded = reminders.findRecipients(round.month, ReminderKind.AT_RISK);
    Map<Long, String> emails = recipients.regulatorEmails(WHOLE_TREE);
    int people = 0;
    int mailed = 0;
    for (Standing standing : round.atRisk(WHOLE_TREE)) {
      long personId = standing.regulator().personId();
      if (!reminded.contains(personId) && remind(round, standing)) {
        people++;
        mailed +=
            mail(
                round,
                ReminderKind.AT_RISK,
                personId,
                emails.get(personId),
                personal(round, standing));
      }
    }
    Set<Long> summarised = reminders.findRecipients(round.month, ReminderKind.ADMIN_SUMMARY);
    int summaries = 0;
    for (Administrator administrator : recipients.administrators()) {
      if (summarised.contains(administrator.personId())) {
        continue;
      }
      List<Standing> atRisk = round.atRisk(administrator.jurisdictionPath());
      if (summarise(round, administrator, atRisk)) {
        summaries++;
        mailed +=
            mail(
                round,
                ReminderKind.ADMIN_SUMMARY,
                administrator.personId(),
                administrator.email(),
                summary(round, administrator, atRisk));
      }
    }
    return new ReminderRound(due, people, summaries, mailed);
  }

  private boolean remind(Round round, Standing standing) {
    Progress progress = standing.progress();
    return delivery.record(
        standing.regulator().personId(),
        round.month,
        ReminderKind.AT_RISK,
        "training_reminder.notice",
        List.of(
            String.valueOf(round.month.year()),
            progress.hours().toString(),
            progress.expected().toPlainString(),
            round.required(),
            statusKey(progress)));
  }

  private Letter personal(Round round, Standing standing) {
    Progress progress = standing.progress();
    return new Letter(
        texts.text(
            "training_reminder.mail.subject",
            List.of(String.valueOf(round.month.year()), progress.hours().toString())),
        texts.text(
            "training_reminder.mail.body",
            List.of(
                standing.regulator().name(),
                round.today.toString(),
                String.valueOf(round.month.year()),
                progress.hours().toString(),
                progress.expected().toPlainString(),
                round.required(),
                statusKey(progress))));
  }

  private boolean summarise(Round round, Administrator administrator, List<Standing> atRisk) {
    List<String> names = atRisk.stream().map(s -> s.regulator().name()).toList();
    String listed =
        String.join(", ", names.subList(0, Math.min(NOTICE_NAMES_MAX, names.size())))
            + (names.size() > NOTICE_NAMES_MAX ? ", …" : "");
    return delivery.record(
        administrator.personId(),
        round.month,
        ReminderKind.ADMIN_SUMMARY,
        "training_reminder.summary.notice",
        List.of(
            String.valueOf(round.month.year()),
            String.valueOf(round.month.month()),
            String.valueOf(names.size()),
            listed));
  }

  private Letter summary(Round round, Administrator administrator, List<Standing> atRisk) {
    String lines =
        atRisk.stream()
            .map(
                s ->
                    texts.text(
                        "training_reminder.summary.line",
                        List.of(
                            s.regulator().name(),
                            s.regulator().unitName(),
                            s.progress().hours().toString(),
                            s.progress().expected().toPlainString(),
                            statusKey(s.progress()))))
            .collect(Collectors.joining("\n"));
    return new Letter(
        texts.text(
            "training_reminder.summary.subject",
            List.of(
                String.valueOf(round.month.year()),
                String.valueOf(round.month.month()),
                String.valueOf(atRisk.size()))),
        texts.text(
            "training_reminder.summary.body",
            List.of(
                administrator.name(),
                round.today.toString(),
                String.valueOf(atRisk.size()),
                String.valueOf(round.month.year()),
                lines)));
  }

  /** Sends a recorded reminder's mail, if it can go, and records what became of it: 1 if sent. */
  private int mail(Round round, ReminderKind kind, long personId, String address, Letter letter) {
    MailOutcome outcome;
    if (address == null || address.isBlank()) {
      outcome = MailOutcome.NO_ADDRESS;
    } else if (!mailer.isOn()) {
      outcome = MailOutcome.MAIL_OFF;
    } else {
      try {
        mailer.send(new OutgoingMail(address, letter.subject(), letter.body()));
        outcome = MailOutcome.SENT;
      } catch (MailNotSentException e) {
        LOG.log(Level.WARNING, "Training reminder " + kind + " of " + round.month, e);
        outcome = MailOutcome.FAILED;
      }
    }
    delivery.recordMail(personId, round.month, kind, outcome);
    return outcome == MailOutcome.SENT ? 1 : 0;
  }

  private static String statusKey(Progress progress) {
    return "ProgressStatus." + progress.status();
  }

  /** A reminder's mail before its address is known. */
  private record Letter(String subject, String body) {}

  /** A month's round: judged on one day against the year's requirement. */
  private final class Round {

    final ReminderMonth month;
    final LocalDate today;
    final TrainingRequirement requirement;

    Round(ReminderMonth month, LocalDate today, TrainingRequirement requirement) {
      this.month = month;
      this.today = today;
      this.requirement = requirement;
    }

    /** Those at risk or behind in a subtree, fewest hours first. */
    List<Standing> atRisk(String pathPrefix) {
      return ComplianceReport.of(
              month.year(),
              requirement.getMinimumHours(),
              today,
              compliance.regulatorHours(
                  pathPrefix, month.year(), requirement.getCountedCategories()))
          .atRisk();
    }

    String required() {
      return requirement.getMinimumHours().stripTrailingZeros().toPlainString();
    }
  }
}
