package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignKind;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.assessment.Quota;
import org.cosqual.training.domain.model.question.QuestionType;

/**
 * Demo annual assessments, course quizzes (a row naming a course) and practice sets, by the row's
 * kind, from {@code sample/campaigns.csv}, defined and opened by the province's administrator
 * through the service, so the paper rule is checked against the bank and the current holders of its
 * positions are enrolled. Dates are days from the first start; {@code {year}} in a title is that
 * start's year. Skipped once any campaign exists.
 */
@ApplicationScoped
public class SampleCampaigns {

  private static final String ADMINISTRATOR = "provadmin";

  @Inject DemoCallers callers;
  @Inject CampaignService campaigns;
  @Inject CourseService courses;
  @Inject Clock clock;
  @Inject ZoneId zone;

  void seed(List<CSVRecord> rows) {
    callers.actAs(ADMINISTRATOR);
    if (campaigns.findCampaigns().isEmpty()) {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      for (CSVRecord row : rows) {
        CampaignTerms terms = terms(row, today);
        Campaign draft =
            switch (CampaignKind.valueOf(row.get("kind"))) {
              case ANNUAL -> campaigns.defineCampaign(terms, rule(row));
              case COURSE_QUIZ ->
                  campaigns.defineCourseQuiz(courseNamed(row.get("course")), terms, rule(row));
              case PRACTICE -> campaigns.definePracticeSet(terms, rule(row));
            };
        campaigns.openCampaign(draft.getId(), draft.getVersion());
      }
    }
    callers.actAsSystem();
  }

  private long courseNamed(String title) {
    return courses.findManagedCourses().stream()
        .filter(c -> c.getTitle().equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo course " + title))
        .getId();
  }

  /** What a row says of its campaign, for a first start on the day. */
  static CampaignTerms terms(CSVRecord row, LocalDate today) {
    return new CampaignTerms(
        title(row, today.getYear()),
        today.getYear(),
        positions(row),
        Integer.valueOf(row.get("timeLimitMinutes")),
        today.plusDays(Long.parseLong(row.get("opensInDays"))),
        today.plusDays(Long.parseLong(row.get("closesInDays"))),
        Integer.valueOf(row.get("passMark")),
        Integer.valueOf(row.get("attempts")),
        Boolean.parseBoolean(row.get("showAnswers")));
  }

  /** The campaign's title in the year it is held (public for the browser test that takes it). */
  public static String title(CSVRecord row, int year) {
    return row.get("title").replace("{year}", String.valueOf(year));
  }

  static Set<KeyPosition> positions(CSVRecord row) {
    return Arrays.stream(row.get("positions").split(";"))
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .map(KeyPosition::new)
        .collect(Collectors.toSet());
  }

  /** A draw by quotas, each {@code type|topic|difficulty|count|points}, separated by {@code ;}. */
  static PaperRule rule(CSVRecord row) {
    return PaperRule.draw(
        Arrays.stream(row.get("quotas").split(";")).map(SampleCampaigns::quota).toList());
  }

  private static Quota quota(String cell) {
    String[] f = cell.strip().split("\\|", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException("A quota is type|topic|difficulty|count|points: " + cell);
    }
    return new Quota(
        f[1],
        Integer.parseInt(f[2]),
        QuestionType.valueOf(f[0]),
        Integer.parseInt(f[3]),
        Integer.parseInt(f[4]));
  }
}
