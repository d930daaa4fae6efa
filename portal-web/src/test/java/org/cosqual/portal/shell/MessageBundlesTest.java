package org.cosqual.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemStatus;
import org.cosqual.cases.domain.model.item.ProblemStatus;
import org.cosqual.cases.domain.model.item.SourceKind;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.ChainVerification;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.portal.staff.AssessmentsBacking;
import org.cosqual.training.domain.model.assessment.AttemptClosing;
import org.cosqual.training.domain.model.assessment.AttemptEventKind;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.CampaignStatus;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.cosqual.training.domain.model.assessment.PaperKind;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.CourseStatus;
import org.cosqual.training.domain.model.course.Delivery;
import org.cosqual.training.domain.model.course.MaterialKind;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.session.Attendance;
import org.junit.jupiter.api.Test;

/**
 * Every text the portal shows exists in both languages, and every refusal a service raises has one.
 */
class MessageBundlesTest {

  private static final Pattern MESSAGE_KEY = Pattern.compile("\"(error\\.[A-Za-z.]+)\"");

  private final Properties english = load("messages.properties");
  private final Properties chinese = load("messages_zh_CN.properties");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
  }

  @Test
  void everyEnumValueShownInTheUiHasALabel() {
    Stream.of(
            labels("Role", Role.values()),
            labels("Area", Area.values()),
            labels("OrganisationKind", OrganisationKind.values()),
            labels("AuditAction", AuditAction.values()),
            labels("ChainVerification.Problem", ChainVerification.Problem.values()),
            labels("Delivery", Delivery.values()),
            labels("Audience", Audience.values()),
            labels("CourseStatus", CourseStatus.values()),
            labels("MaterialKind", MaterialKind.values()),
            labels("Attendance", Attendance.values()),
            labels("EntrySource", EntrySource.values()),
            labels("PaperKind", PaperKind.values()),
            labels("CampaignStatus", CampaignStatus.values()),
            labels("EnrolmentResult", EnrolmentResult.values()),
            labels("AttemptStatus", AttemptStatus.values()),
            labels("AttemptEventKind", AttemptEventKind.values()),
            labels("AttemptClosing", AttemptClosing.values()),
            labels("staff_assessments", AssessmentsBacking.Next.values()),
            labels("ItemKind", ItemKind.values()),
            labels("HandbookType", HandbookType.values()),
            labels("Visibility", Visibility.values()),
            labels("ItemStatus", ItemStatus.values()),
            labels("SourceKind", SourceKind.values()),
            labels("ProblemStatus", ProblemStatus.values()))
        .flatMap(Set::stream)
        .forEach(key -> assertTrue(chinese.containsKey(key), "no label for " + key));
  }

  @Test
  void everyRefusalRaisedInTheDomainHasAMessage() throws IOException {
    Set<String> raised = new TreeSet<>();
    try (Stream<Path> sources =
        Stream.of("personnel", "training", "cases")
            .flatMap(module -> walk(Path.of("..", module, "src", "main", "java")))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher keys = MESSAGE_KEY.matcher(Files.readString(source));
        while (keys.find()) {
          raised.add(keys.group(1));
        }
      }
    }
    assertTrue(raised.size() > 10, "found only " + raised);
    raised.forEach(key -> assertTrue(chinese.containsKey(key), "no message for " + key));
  }

  private static Stream<Path> walk(Path folder) {
    try {
      return Files.walk(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> labels(String prefix, Enum<?>[] values) {
    Set<String> keys = new TreeSet<>();
    for (Enum<?> value : values) {
      keys.add(prefix + "." + value.name());
    }
    return keys;
  }

  private static Properties load(String file) {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/org/cosqual/portal/i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
