package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.cosqual.personnel.application.NoticeService;
import org.cosqual.personnel.domain.model.notice.Notice;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.training.application.ReminderRound;
import org.cosqual.training.application.ReminderService;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.cosqual.training.domain.model.compliance.ComplianceReport.Standing;
import org.cosqual.training.domain.model.reminder.ReminderMonth;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly reminders on real MariaDB, mailed to GreenMail running inside the server on the port
 * COSQUAL_SMTP_PORT names (the build points the portal's SMTP settings at it): a September round
 * reminds the demo regulators at risk or behind by notice and mail and sends each regulator
 * administrator a summary; a second run that month sends nothing; two rounds of October run at once
 * (as two nodes would) send every reminder exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

  private static final int YEAR = LocalDate.now().getYear();
  private static final LocalDate SEPTEMBER_15 = LocalDate.of(YEAR, 9, 15);
  private static final int ADMINISTRATORS = 2;

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, ReminderIT.class, InContainer.class)
        .addPackages(true, "com.icegreen.greenmail");
  }

  @Inject Acting acting;
  @Inject ReminderService reminders;
  @Inject NoticeService notices;
  @Inject ComplianceQueries compliance;
  @Inject RequirementRepository requirements;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getenv("COSQUAL_SMTP_PORT")),
                System.getenv("COSQUAL_SMTP_HOST"),
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aSeptemberRoundRemindsThoseAtRiskOnceAndSummarisesForAdministrators() throws Exception {
    List<Standing> atRisk = atRiskOn(SEPTEMBER_15);
    assertFalse(atRisk.isEmpty(), "the demo has regulators at risk in September");

    ReminderRound round = reminders.sendMonthlyReminders(SEPTEMBER_15);

    assertEquals(Optional.of(new ReminderMonth(YEAR, 9)), round.month());
    assertEquals(atRisk.size(), round.reminded());
    assertEquals(ADMINISTRATORS, round.summaries(), "provadmin and cityadmin");
    assertEquals(atRisk.size() + ADMINISTRATORS, round.mailed(), "every demo account has a mail");
    assertEquals(
        Map.of("AT_RISK SENT", atRisk.size(), "ADMIN_SUMMARY SENT", ADMINISTRATORS), rows(9));
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertEquals(atRisk.size() + ADMINISTRATORS, mails.length);

    // Whoever is at risk: the ITs before this one credit hours to the demo regulators.
    Standing reminded = atRisk.get(0);
    String name = reminded.regulator().name();
    MimeMessage reminder = to(mails, column("email", "person", "id", reminded), "培训学时提醒：");
    assertTrue(reminder.getSubject().contains(reminded.progress().hours().toString()));
    String body = (String) reminder.getContent();
    assertTrue(body.startsWith(name + "，您好"), body);
    assertTrue(body.contains(reminded.progress().hours() + " 学时"), body);
    assertTrue(body.contains(reminded.progress().expected().toPlainString()), body);
    String summary = (String) to(mails, "provadmin@example.org", "提醒汇总").getContent();
    for (Standing s : atRisk) {
      assertTrue(summary.contains(s.regulator().name()), summary);
    }

    acting.as(column("username", "account", "person_id", reminded));
    Notice notice =
        notices.myNotices().stream()
            .filter(n -> n.getMessageKey().equals("training_reminder.notice"))
            .filter(n -> n.getMessageArgs().get(0).equals(String.valueOf(YEAR)))
            .findFirst()
            .orElseThrow();
    assertEquals(reminded.progress().hours().toString(), notice.getMessageArgs().get(1));
    long unread = notices.countMyUnread();
    notices.markRead(notice.getId());
    assertEquals(unread - 1, notices.countMyUnread());

    ReminderRound again = reminders.sendMonthlyReminders(SEPTEMBER_15.plusDays(1));
    assertEquals(0, again.reminded() + again.summaries());
    assertEquals(mails.length, smtp.getReceivedMessages().length, "nothing mailed twice");
    assertEquals(
        Map.of("AT_RISK SENT", atRisk.size(), "ADMIN_SUMMARY SENT", ADMINISTRATORS), rows(9));
  }

  @Test
  void twoRoundsAtOnceSendEachReminderOnce() throws Exception {
    LocalDate october = LocalDate.of(YEAR, 10, 2);
    int expected = atRiskOn(october).size();
    Future<ReminderRound> first = executor.submit(() -> reminders.sendMonthlyReminders(october));
    Future<ReminderRound> second = executor.submit(() -> reminders.sendMonthlyReminders(october));

    int reminded = first.get().reminded() + second.get().reminded();
    int summaries = first.get().summaries() + second.get().summaries();

    assertEquals(expected, reminded);
    assertEquals(ADMINISTRATORS, summaries);
    assertEquals(expected + ADMINISTRATORS, smtp.getReceivedMessages().length);
    assertEquals(Map.of("AT_RISK SENT", expected, "ADMIN_SUMMARY SENT", ADMINISTRATORS), rows(10));
  }

  /** Whom the compliance report finds at risk or behind in the province on a day. */
  private List<Standing> atRiskOn(LocalDate day) {
    TrainingRequirement requirement = requirements.inForce(YEAR);
    return ComplianceReport.of(
            YEAR,
            requirement.getMinimumHours(),
            day,
            compliance.regulatorHours("/", YEAR, requirement.getCountedCategories()))
        .atRisk();
  }

  /** One column of the row of a table that belongs to the standing's person. */
  private String column(String column, String table, String personColumn, Standing standing)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE " + personColumn + " = ?")) {
      s.setLong(1, standing.regulator().personId());
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), table + " of " + standing.regulator().name());
        return r.getString(1);
      }
    }
  }

  /** The mail to an address whose subject says what it is (an administrator may get both). */
  private static MimeMessage to(MimeMessage[] mails, String address, String subject)
      throws Exception {
    for (MimeMessage mail : mails) {
      if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
          && mail.getSubject().contains(subject)) {
        return mail;
      }
    }
    throw new AssertionError("no mail " + subject + " to " + address);
  }

  /** The month's recorded reminders counted by kind and mail outcome. */
  private Map<String, Integer> rows(int month) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT kind, mail, COUNT(*) FROM training_reminder"
                    + " WHERE year_no = ? AND month_no = ? GROUP BY kind, mail")) {
      s.setInt(1, YEAR);
      s.setInt(2, month);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1) + " " + r.getString(2), r.getInt(3));
        }
      }
    }
    return counts;
  }
}
