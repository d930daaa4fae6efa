package org.cosqual.training.domain.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

class PaperRuleTest {

  private final Exams bank = new Exams();

  private static PaperRule twoCells() {
    return PaperRule.draw(
        List.of(
            new Quota("GMP", 2, QuestionType.SINGLE_CHOICE, 3, 5),
            new Quota("GMP", 4, QuestionType.SINGLE_CHOICE, 2, 10)));
  }

  @Test
  void aDrawMeetsEveryQuotaWithoutRepeatingAQuestion() {
    bank.addSingles(8, 2);
    bank.addSingles(5, 4);
    PaperRule rule = twoCells();
    for (long seed = 0; seed < 50; seed++) {
      List<PaperItem> paper = rule.makePaper(bank, Exams.QSO, new Random(seed));
      assertEquals(5, paper.size());
      assertEquals(5, paper.stream().map(PaperItem::questionId).distinct().count());
      Map<Integer, Long> byDifficulty =
          paper.stream()
              .collect(
                  Collectors.groupingBy(
                      i -> bank.question(i.questionId()).getDifficulty(), Collectors.counting()));
      assertEquals(Map.of(2, 3L, 4, 2L), byDifficulty);
      paper.forEach(
          i ->
              assertEquals(
                  bank.question(i.questionId()).getDifficulty() == 2 ? 5 : 10, i.points()));
      assertEquals(35, paper.stream().mapToInt(PaperItem::points).sum());
    }
    assertEquals(35, rule.maxScore());
  }

  @Test
  void theSameSeedMakesTheSamePaperAndOthersDiffer() {
    bank.addSingles(12, 2);
    bank.addSingles(6, 4);
    PaperRule rule = twoCells();
    List<PaperItem> once = rule.makePaper(bank, Exams.QSO, new Random(42));
    assertEquals(once, rule.makePaper(bank, Exams.QSO, new Random(42)));
    Set<List<PaperItem>> papers = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      papers.add(rule.makePaper(bank, Exams.QSO, new Random(seed)));
    }
    assertNotEquals(1, papers.size(), "different seeds, different papers");
  }

  @Test
  void aFixedPaperHasItsQuestionsInAShuffledOrder() {
    List<Question> questions = bank.addSingles(6, 3);
    PaperRule rule =
        PaperRule.fixed(questions.stream().map(q -> new ListedQuestion(q.getId(), 2)).toList());
    assertEquals(12, rule.maxScore());
    Set<List<Long>> orders = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      List<PaperItem> paper = rule.makePaper(bank, Exams.QSO, new Random(seed));
      assertEquals(
          questions.stream().map(Question::getId).collect(Collectors.toSet()),
          paper.stream().map(PaperItem::questionId).collect(Collectors.toSet()));
      orders.add(paper.stream().map(PaperItem::questionId).toList());
    }
    assertNotEquals(1, orders.size());
  }

  @Test
  void onlyActiveQuestionsForThePositionAreDrawn() {
    List<Question> singles = bank.addSingles(3, 2);
    singles.get(0).retire();
    bank.add(QuestionType.SINGLE_CHOICE, 2, Set.of(KeyPosition.LAB_MANAGER), Exams.single("lab"));
    PaperRule rule = PaperRule.draw(List.of(new Quota("GMP", 2, QuestionType.SINGLE_CHOICE, 2, 1)));
    for (long seed = 0; seed < 10; seed++) {
      assertEquals(
          Set.of(singles.get(1).getId(), singles.get(2).getId()),
          rule.makePaper(bank, Exams.QSO, new Random(seed)).stream()
              .map(PaperItem::questionId)
              .collect(Collectors.toSet()));
    }
  }

  @Test
  void aRuleTheBankCannotSatisfyIsRefusedNamingTheQuota() {
    bank.addSingles(3, 2);
    bank.addSingles(1, 4);
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> twoCells().checkAgainst(bank, List.of(officer())));
    assertEquals("error.paper.quotaShort", refused.getMessageKey());
    assertEquals(List.of(2, 2, 1, "QSO"), List.of(refused.getArguments()));
  }

  @Test
  void aFixedRuleNamingARetiredOrUnknownQuestionIsRefused() {
    Question retired = bank.addSingles(1, 2).get(0);
    retired.retire();
    Function<Long, BusinessException> check =
        id ->
            assertThrows(
                BusinessException.class,
                () ->
                    PaperRule.fixed(List.of(new ListedQuestion(id, 1)))
                        .checkAgainst(bank, List.of(officer())));
    assertEquals("error.paper.questionUnusable", check.apply(retired.getId()).getMessageKey());
    assertEquals("error.paper.questionUnusable", check.apply(99L).getMessageKey());
  }

  @Test
  void badRulesAreRefused() {
    assertKey("error.paper.size", () -> PaperRule.fixed(List.of()));
    assertKey(
        "error.paper.questionTwice",
        () -> PaperRule.fixed(List.of(new ListedQuestion(1, 1), new ListedQuestion(1, 2))));
    assertKey("error.paper.points", () -> PaperRule.fixed(List.of(new ListedQuestion(1, 0))));
    assertKey(
        "error.paper.count",
        () -> PaperRule.draw(List.of(new Quota("GMP", 2, QuestionType.TRUE_FALSE, 0, 1))));
    assertKey(
        "error.question.difficulty",
        () -> PaperRule.draw(List.of(new Quota("GMP", 6, QuestionType.TRUE_FALSE, 1, 1))));
    assertKey(
        "error.paper.cellTwice",
        () ->
            PaperRule.draw(
                List.of(
                    new Quota("GMP", 2, QuestionType.TRUE_FALSE, 1, 1),
                    new Quota("GMP", 2, QuestionType.TRUE_FALSE, 2, 3))));
    assertKey(
        "error.paper.size",
        () ->
            PaperRule.draw(
                List.of(
                    new Quota("GMP", 2, QuestionType.TRUE_FALSE, PaperRule.MAX_QUESTIONS + 1, 1))));
  }

  private static void assertKey(String key, Runnable action) {
    assertEquals(
        key, assertThrows(BusinessException.class, action::run).getMessageKey(), "refusal key");
  }

  private static KeyPositionDefinition officer() {
    return KeyPositionDefinition.builtIn(Exams.QSO, "QSO", true, 2);
  }
}
