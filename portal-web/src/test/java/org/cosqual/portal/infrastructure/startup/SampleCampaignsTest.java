package org.cosqual.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignKind;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.PaperItem;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.assessment.QuestionPool;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Every demo campaign passes the rules it is seeded through: its terms, a paper rule the demo bank
 * satisfies for each of its positions, and a window that holds the first start's day, so the demo's
 * start cannot fail and its candidates can sit the exam at once.
 */
class SampleCampaignsTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Set<KeyPosition> BUILT_IN =
      Set.of(
          KeyPosition.LEGAL_REPRESENTATIVE,
          KeyPosition.QUALITY_SAFETY_OFFICER,
          KeyPosition.QUALITY_MANAGER,
          KeyPosition.PRODUCTION_MANAGER,
          KeyPosition.LAB_MANAGER);

  @Test
  void everyDemoAssessmentCanBeDefinedAndOpenedOnTheDemoBank() {
    QuestionPool bank = new DemoBank();
    List<CSVRecord> rows = annualRows();
    assertFalse(rows.isEmpty(), "the demo has a campaign for key staff to take");
    for (CSVRecord row : rows) {
      PaperRule rule = SampleCampaigns.rule(row);
      Campaign campaign =
          Campaign.define(SampleCampaigns.terms(row, TODAY), rule, "/640000/", "provadmin", AT);
      assertTrue(BUILT_IN.containsAll(campaign.getPositions()), row.toString());
      rule.checkAgainst(bank, definitions(campaign.getPositions()));
      for (KeyPosition position : campaign.getPositions()) {
        assertFullPaper(rule, rule.makePaper(bank, position, new Random(7)));
      }
      assertOpensToday(campaign, rule, row);
    }
  }

  @Test
  void everyDemoQuizBelongsToAPublishedOnlineCourseThatAsksForOneAndDrawsFromTheDemoBank() {
    List<CSVRecord> rows = rowsOf(CampaignKind.COURSE_QUIZ);
    assertFalse(rows.isEmpty(), "the demo has a course quiz to take");
    for (CSVRecord row : rows) {
      CSVRecord course =
          SampleData.read("courses.csv").stream()
              .filter(c -> c.get("title").equals(row.get("course")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no demo course " + row.get("course")));
      assertEquals("true", course.get("quiz"));
      assertEquals("ONLINE", course.get("delivery"));
      assertEquals("PUBLISHED", course.get("state"));
      assertFalse(course.get("material").isBlank(), "a material to open before the quiz");
      assertDrawsForAnyone(row);
    }
  }

  @Test
  void everyDemoPracticeSetDrawsFromTheDemoBank() {
    List<CSVRecord> rows = rowsOf(CampaignKind.PRACTICE);
    assertFalse(rows.isEmpty(), "the demo has a practice set for everyone");
    rows.forEach(SampleCampaignsTest::assertDrawsForAnyone);
  }

  private static void assertDrawsForAnyone(CSVRecord row) {
    QuestionPool bank = new DemoBank();
    PaperRule rule = SampleCampaigns.rule(row);
    rule.checkForAnyPosition(bank);
    assertFullPaper(rule, rule.makePaper(bank, null, new Random(7)));
    CampaignTerms terms = SampleCampaigns.terms(row, TODAY);
    assertFalse(terms.opensOn().isAfter(TODAY) || terms.closesOn().isBefore(TODAY), "open now");
    assertTrue(terms.title().contains("2026"), "the year in the title");
    assertTrue(terms.passMark() < rule.maxScore(), row.toString());
    assertTrue(terms.positions().isEmpty(), "for no position");
  }

  private static List<CSVRecord> annualRows() {
    return rowsOf(CampaignKind.ANNUAL);
  }

  private static List<CSVRecord> rowsOf(CampaignKind kind) {
    return SampleData.read("campaigns.csv").stream()
        .filter(r -> CampaignKind.valueOf(r.get("kind")) == kind)
        .toList();
  }

  private static void assertFullPaper(PaperRule rule, List<PaperItem> paper) {
    Set<Long> questions = new HashSet<>();
    paper.forEach(item -> questions.add(item.questionId()));
    assertEquals(paper.size(), questions.size(), "no question twice on a paper");
    assertEquals(rule.maxScore(), paper.stream().mapToInt(PaperItem::points).sum());
  }

  private static void assertOpensToday(Campaign campaign, PaperRule rule, CSVRecord row) {
    campaign.open("provadmin", AT, TODAY);
    campaign.requireStartable(TODAY);
    assertEquals("2026", campaign.getTitle().replaceAll("\\D", ""), "the year in the title");
    assertTrue(campaign.getPassMark() < rule.maxScore(), row.toString());
  }

  @Test
  void theDemoCandidateHoldsAPositionOfTheDemoCampaign() {
    CSVRecord account =
        SampleData.read("accounts.csv").stream().filter(SampleData::isFiled).findFirst().get();
    CSVRecord appointment =
        SampleData.read("staff.csv").stream()
            .filter(row -> row.get("name").equals(account.get("person")))
            .findFirst()
            .orElseThrow();
    assertEquals(account.get("organisation"), appointment.get("enterprise"));
    assertEquals("APPROVED", appointment.get("state"));
    assertTrue(appointment.get("until").isEmpty(), "a current holder");
    assertTrue(LocalDate.parse(appointment.get("from")).isBefore(TODAY));
    KeyPosition position = new KeyPosition(appointment.get("position"));
    assertTrue(
        annualRows().stream().allMatch(r -> SampleCampaigns.positions(r).contains(position)));
  }

  private static List<KeyPositionDefinition> definitions(Set<KeyPosition> positions) {
    List<KeyPositionDefinition> definitions = new ArrayList<>();
    positions.forEach(p -> definitions.add(KeyPositionDefinition.builtIn(p, p.code(), false, 1)));
    return definitions;
  }

  /** The questions of {@code sample/questions.csv}, numbered from 1 in the file's order. */
  private static final class DemoBank implements QuestionPool {

    private final List<QuestionDraft> drafts =
        SampleData.read("questions.csv").stream().map(SampleQuestions::draft).toList();

    @Override
    public List<Long> idsOf(
        String topicCode, int difficulty, QuestionType type, KeyPosition position) {
      return LongStream.rangeClosed(1, drafts.size())
          .filter(
              id -> {
                QuestionDraft d = drafts.get((int) id - 1);
                return d.topicCode().equals(topicCode)
                    && d.difficulty() == difficulty
                    && d.type() == type
                    && (d.allPositions() || d.positions().contains(position));
              })
          .boxed()
          .toList();
    }

    @Override
    public boolean isActive(long questionId) {
      return questionId >= 1 && questionId <= drafts.size();
    }
  }
}
