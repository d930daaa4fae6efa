package org.cosqual.training.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.Mailer;
import org.cosqual.personnel.application.NoticeService;
import org.cosqual.personnel.domain.model.notice.Notice;
import org.cosqual.personnel.infrastructure.mail.SmtpMailer;
import org.cosqual.personnel.infrastructure.mail.SmtpSettings;
import org.cosqual.training.application.ReminderRound;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.RegulatorHours;
import org.cosqual.training.domain.model.reminder.MailOutcome;
import org.cosqual.training.domain.model.reminder.ReminderKind;
import org.cosqual.training.domain.model.reminder.ReminderMonth;
import org.cosqual.training.domain.model.reminder.ReminderQueries;
import org.cosqual.training.domain.model.reminder.ReminderQueries.Administrator;
import org.cosqual.training.domain.model.reminder.ReminderRepository;
import org.cosqual.training.domain.model.reminder.SentReminder;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who gets what in a round, mailed to an in-process SMTP server. On 2026-09-15 (day 258) 20 hours
 * are expected at 14.1: 10 is at risk, 2 behind, 15 on track, 20 met. Two cities: 银川 (/1/2/) with 王
 * (at risk, no e-mail) and 赵 (met), 石嘴山 (/1/3/) with 李 (behind) and 钱 (on track).
 */
class DefaultReminderServiceTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final LocalDate SEPTEMBER_15 = LocalDate.of(2026, 9, 15);

  private static final Map<String, String> TEXTS =
      Map.of(
          "training_reminder.mail.subject", "Training hours {0}: {1} so far",
          "training_reminder.mail.body",
              "Dear {0}, on {1} you have {3} approved hours of {2}; {4} are due by now,"
                  + " {5} by the end of the year: {6}.",
          "training_reminder.summary.subject", "{0}-{1}: {2} at risk",
          "training_reminder.summary.body", "Dear {0}, on {1} {2} people are at risk in {3}:\n{4}",
          "training_reminder.summary.line", "{0} ({1}) {2} of {3}, {4}");

  private final List<Standing> regulators = new ArrayList<>();
  private final Map<Long, String> emails = new HashMap<>();
  private final List<Administrator> administrators = new ArrayList<>();
  private final InMemoryReminders reminders = new InMemoryReminders();
  private final List<Notice> notices = new ArrayList<>();
  private final DefaultReminderService service = new DefaultReminderService();

  /** A regulator of a node, as the compliance query reads them. */
  private record Standing(String path, RegulatorHours hours) {}

  @BeforeEach
  void prepare() {
    regulator(1, "王芳", "/1/2/", "10");
    regulator(2, "赵磊", "/1/2/", "20");
    regulator(3, "李娜", "/1/3/", "2");
    regulator(4, "钱明", "/1/3/", "15");
    emails.put(2L, "zhao@example.org");
    emails.put(3L, "li@example.org");
    emails.put(4L, "qian@example.org");
    administrators.add(new Administrator(10, "省局管理员", "province@example.org", "/1/"));
    administrators.add(new Administrator(11, "银川管理员", "yinchuan@example.org", "/1/2/"));

    service.compliance = compliance();
    DefaultRequirementService requirementService = new DefaultRequirementService();
    requirementService.requirements = requirement();
    service.requirementService = requirementService;
    service.recipients = recipients();
    service.reminders = reminders;
    service.delivery = new ReminderDelivery();
    service.delivery.reminders = reminders;
    service.delivery.notices = notices();
    service.delivery.clock = Clock.fixed(Instant.parse("2026-09-15T00:30:00Z"), ZoneOffset.UTC);
    service.mailer =
        new SmtpMailer(
            new SmtpSettings(
                "127.0.0.1",
                ServerSetupTest.SMTP.getPort(),
                "cosqual@example.org",
                Optional.empty(),
                Optional.empty(),
                false));
    service.texts = (key, arguments) -> MessageFormat.format(TEXTS.get(key), arguments.toArray());
  }

  @Test
  void beforeSeptemberNothingIsSent() {
    assertEquals(ReminderRound.NOT_DUE, service.sendMonthlyReminders(LocalDate.of(2026, 8, 31)));
    assertEquals(0, SMTP.getReceivedMessages().length);
    assertTrue(notices.isEmpty());
  }

  @Test
  void thoseAtRiskOrBehindGetANoticeAndThoseWithAnAddressAMail() throws MessagingException {
    ReminderRound round = service.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(Optional.of(new ReminderMonth(2026, 9)), round.month());
    assertEquals(2, round.reminded(), "王 at risk and 李 behind; 赵 met, 钱 on track");
    assertEquals(
        Map.of(1L, "training_reminder.notice", 3L, "training_reminder.notice"), personalNotices());
    Notice wang = notices.stream().filter(n -> n.getRecipientId() == 1).findFirst().orElseThrow();
    assertEquals(
        List.of("2026", "10", "14.1", "20", "ProgressStatus.AT_RISK"), wang.getMessageArgs());

    MimeMessage li = mailTo("li@example.org");
    assertEquals("Training hours 2026: 2 so far", li.getSubject());
    assertEquals(
        "Dear 李娜, on 2026-09-15 you have 2 approved hours of 2026; 14.1 are due by now,"
            + " 20 by the end of the year: ProgressStatus.BEHIND.",
        body(li).strip());
    assertEquals(MailOutcome.SENT, reminders.outcome(3, ReminderKind.AT_RISK));
    assertEquals(MailOutcome.NO_ADDRESS, reminders.outcome(1, ReminderKind.AT_RISK), "王");
  }

  @Test
  void eachAdministratorGetsASummaryOfTheirSubtree() throws MessagingException {
    ReminderRound round = service.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(2, round.summaries());
    assertEquals(3, round.mailed(), "李's reminder and both summaries; 王 has no address");
    MimeMessage province = mailTo("province@example.org");
    assertEquals("2026-9: 2 at risk", province.getSubject());
    String body = body(province);
    assertTrue(body.contains("李娜 (Unit /1/3/) 2 of 14.1, ProgressStatus.BEHIND"), body);
    assertTrue(body.contains("王芳 (Unit /1/2/) 10 of 14.1"), body);
    assertTrue(body.indexOf("李娜") < body.indexOf("王芳"), "fewest hours first");

    MimeMessage yinchuan = mailTo("yinchuan@example.org");
    assertEquals("2026-9: 1 at risk", yinchuan.getSubject());
    assertTrue(!body(yinchuan).contains("李娜"), "石嘴山 is not 银川's");
    Notice cityNotice =
        notices.stream().filter(n -> n.getRecipientId() == 11).findFirst().orElseThrow();
    assertEquals("training_reminder.summary.notice", cityNotice.getMessageKey());
    assertEquals(List.of("2026", "9", "1", "王芳"), cityNotice.getMessageArgs());
  }

  @Test
  void aSecondRunOfTheMonthSendsNothingAgain() {
    service.sendMonthlyReminders(SEPTEMBER_15);
    int mails = SMTP.getReceivedMessages().length;
    int posted = notices.size();

    ReminderRound again = service.sendMonthlyReminders(SEPTEMBER_15.plusDays(1));

    assertEquals(new ReminderRound(Optional.of(new ReminderMonth(2026, 9)), 0, 0, 0), again);
    assertEquals(mails, SMTP.getReceivedMessages().length);
    assertEquals(posted, notices.size());
  }

  @Test
  void whatAnotherNodeRecordedMeanwhileIsNotSentHere() {
    reminders.recordedElsewhere(3, new ReminderMonth(2026, 9), ReminderKind.AT_RISK);

    ReminderRound round = service.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(1, round.reminded(), "only 王");
    assertTrue(notices.stream().noneMatch(n -> n.getRecipientId() == 3));
    assertTrue(
        List.of(SMTP.getReceivedMessages()).stream()
            .noneMatch(m -> recipient(m).equals("li@example.org")));
  }

  @Test
  void theNextMonthHasARoundOfItsOwn() {
    service.sendMonthlyReminders(SEPTEMBER_15);

    ReminderRound october = service.sendMonthlyReminders(LocalDate.of(2026, 10, 1));

    assertEquals(Optional.of(new ReminderMonth(2026, 10)), october.month());
    assertTrue(october.reminded() >= 2, "those still at risk are reminded again");
  }

  @Test
  void withMailOffTheNoticesStillGoOut() {
    service.mailer =
        new Mailer() {
          @Override
          public boolean isOn() {
            return false;
          }

          @Override
          public void send(OutgoingMail mail) {
            throw new AssertionError("mail is off");
          }
        };

    ReminderRound round = service.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(2, round.reminded());
    assertEquals(0, round.mailed());
    assertEquals(4, notices.size(), "two reminders, two summaries");
    assertEquals(MailOutcome.MAIL_OFF, reminders.outcome(3, ReminderKind.AT_RISK));
  }

  @Test
  void aRefusedMailIsRecordedAndTheRoundGoesOn() {
    service.mailer =
        new SmtpMailer(
            new SmtpSettings(
                "127.0.0.1", 1, "cosqual@example.org", Optional.empty(), Optional.empty(), false));

    ReminderRound round = service.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(2, round.reminded());
    assertEquals(2, round.summaries());
    assertEquals(MailOutcome.FAILED, reminders.outcome(3, ReminderKind.AT_RISK));
  }

  private void regulator(long id, String name, String path, String hours) {
    regulators.add(
        new Standing(
            path,
            new RegulatorHours(
                id,
                name,
                id * 100,
                "Unit " + path,
                path,
                "Node " + path,
                new BigDecimal(hours).setScale(1))));
  }

  private Map<Long, String> personalNotices() {
    return notices.stream()
        .filter(n -> n.getMessageKey().equals("training_reminder.notice"))
        .collect(Collectors.toMap(Notice::getRecipientId, Notice::getMessageKey));
  }

  private static MimeMessage mailTo(String address) {
    return List.of(SMTP.getReceivedMessages()).stream()
        .filter(m -> recipient(m).equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail to " + address));
  }

  /** The decoded text of a plain-text mail. */
  private static String body(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ComplianceQueries compliance() {
    return (pathPrefix, year, counted) ->
        regulators.stream()
            .filter(r -> r.path().startsWith(pathPrefix))
            .map(Standing::hours)
            .toList();
  }

  private ReminderQueries recipients() {
    return new ReminderQueries() {
      @Override
      public List<Administrator> administrators() {
        return administrators;
      }

      @Override
      public Map<Long, String> regulatorEmails(String pathPrefix) {
        return emails;
      }
    };
  }

  private static RequirementRepository requirement() {
    TrainingRequirement twenty = new TrainingRequirement(2026);
    twenty.change(
        new BigDecimal("20"),
        Set.of("REGULATIONS"),
        AppliesTo.REGULATORS,
        "system",
        Instant.parse("2026-01-01T00:00:00Z"));
    return new RequirementRepository() {
      @Override
      public Optional<TrainingRequirement> find(int year) {
        return Optional.of(twenty);
      }

      @Override
      public TrainingRequirement inForce(int year) {
        return twenty;
      }

      @Override
      public TrainingRequirement store(TrainingRequirement requirement) {
        return requirement;
      }

      @Override
      public List<TrainingCategory> findCategories() {
        return List.of();
      }

      @Override
      public Optional<TrainingCategory> findCategory(String code) {
        return Optional.empty();
      }
    };
  }

  private NoticeService notices() {
    return new NoticeService() {
      @Override
      public Notice post(long personId, String messageKey, List<String> arguments) {
        Notice notice = new Notice(personId, messageKey, arguments, Instant.now());
        notices.add(notice);
        return notice;
      }

      @Override
      public List<Notice> myNotices() {
        return List.of();
      }

      @Override
      public long countMyUnread() {
        return 0;
      }

      @Override
      public void markRead(long noticeId) {}

      @Override
      public void markAllRead() {}
    };
  }

  /** The record of sent reminders, with the unique key the table has. */
  private static final class InMemoryReminders implements ReminderRepository {

    private final Map<String, MailOutcome> outcomes = new LinkedHashMap<>();
    private final Set<String> recorded = new HashSet<>();

    void recordedElsewhere(long personId, ReminderMonth month, ReminderKind kind) {
      recorded.add(key(personId, month, kind));
    }

    MailOutcome outcome(long personId, ReminderKind kind) {
      return outcomes.get(key(personId, new ReminderMonth(2026, 9), kind));
    }

    @Override
    public boolean record(SentReminder reminder) {
      return recorded.add(key(reminder.getPersonId(), reminder.getMonth(), reminder.getKind()));
    }

    @Override
    public Set<Long> findRecipients(ReminderMonth month, ReminderKind kind) {
      return Set.of();
    }

    @Override
    public void recordMail(
        long personId, ReminderMonth month, ReminderKind kind, MailOutcome outcome) {
      outcomes.put(key(personId, month, kind), outcome);
    }

    @Override
    public List<SentReminder> findByMonth(ReminderMonth month) {
      return List.of();
    }

    private static String key(long personId, ReminderMonth month, ReminderKind kind) {
      return personId + " " + month + " " + kind;
    }
  }
}
