package org.cosqual.training.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.training.domain.model.statistics.ItemAnalysis.Response;
import org.junit.jupiter.api.Test;

/**
 * Five candidates on a paper of two one-point questions and a two-point short answer, computed by
 * hand from deviations from the means:
 *
 * <pre>
 *        Q1  Q2  Q3  score
 *   A     1   1   2   4
 *   B     1   0   2   3
 *   C     1   1   0   2
 *   D     0   1   0   1      (D left Q1 unanswered)
 *   E     0   0   0   0
 * </pre>
 *
 * Q1: x = 1 1 1 0 0, rest = 3 2 1 1 0; Σdx·dy = 1.8, Σdx² = 1.2, Σdy² = 5.2, r = 1.8 / √6.24 =
 * 0.7206. Q2: rest = 3 3 1 0 0; Σdx·dy = −0.2, Σdx² = 1.2, Σdy² = 9.2, r = −0.2 / √11.04 = −0.0602.
 * Q3: x = 2 2 0 0 0, rest = 2 1 2 1 0; Σdx·dy = 1.2, Σdx² = 4.8, Σdy² = 2.8, r = 1.2 / √13.44 =
 * 0.3273.
 */
class ItemAnalysisTest {

  private static final int[][] PAPERS = {{1, 1, 2}, {1, 0, 2}, {1, 1, 0}, {0, 1, 0}, {0, 0, 0}};
  private static final int[] POINTS = {1, 1, 2};

  private static ItemAnalysis question(int index) {
    List<Response> responses = new ArrayList<>();
    for (int candidate = 0; candidate < PAPERS.length; candidate++) {
      int[] paper = PAPERS[candidate];
      int score = paper[0] + paper[1] + paper[2];
      boolean answered = !(candidate == 3 && index == 0);
      responses.add(new Response(paper[index], POINTS[index], score, answered));
    }
    return ItemAnalysis.of(responses);
  }

  @Test
  void difficultyIsThePointsEarnedOverThePointsPossible() {
    assertEquals(new BigDecimal("0.60"), question(0).difficulty());
    assertEquals(new BigDecimal("0.60"), question(1).difficulty());
    assertEquals(new BigDecimal("0.40"), question(2).difficulty(), "4 of 10 points");
  }

  @Test
  void discriminationIsTheCorrelationWithTheRestOfTheScore() {
    assertEquals(new BigDecimal("0.72"), question(0).discrimination());
    assertEquals(new BigDecimal("-0.06"), question(1).discrimination());
    assertEquals(new BigDecimal("0.33"), question(2).discrimination(), "partial credit");
  }

  @Test
  void aQuestionTheWeakerCandidatesGetRightIsWeak() {
    assertFalse(question(0).isWeak());
    assertTrue(question(1).isWeak());
    assertFalse(question(2).isWeak());
  }

  @Test
  void responsesCountEveryGradedUseAndAnsweredOnlyThoseWithAnAnswer() {
    assertEquals(5, question(0).responses());
    assertEquals(4, question(0).answered());
    assertEquals(5, question(1).answered());
  }

  @Test
  void theSumsTheDatabaseGivesMakeTheSameIndices() {
    // Q1 from its sums: Σx 3, Σy 7, Σx² 3, Σy² 15, Σxy 6, 5 points possible.
    ItemAnalysis fromSums = new ItemAnalysis(new ItemAnalysis.Sums(5, 4, 5, 3, 7, 3, 15, 6));
    assertEquals(question(0).sums(), fromSums.sums());
    assertEquals(new BigDecimal("0.60"), fromSums.difficulty());
    assertEquals(new BigDecimal("0.72"), fromSums.discrimination());
  }

  @Test
  void withoutResponsesNothingIsDefined() {
    ItemAnalysis none = ItemAnalysis.of(List.of());
    assertEquals(0, none.responses());
    assertNull(none.difficulty());
    assertNull(none.discrimination());
    assertFalse(none.isWeak());
  }

  @Test
  void oneCandidateHasADifficultyButNoDiscrimination() {
    ItemAnalysis one = ItemAnalysis.of(List.of(new Response(7, 10, 20, true)));
    assertEquals(new BigDecimal("0.70"), one.difficulty());
    assertNull(one.discrimination());
    assertFalse(one.isWeak());
  }

  @Test
  void whenEveryoneHasTheSameScoreNothingIsDiscriminated() {
    // Two candidates with one point each, from different questions: the rest falls exactly as
    // the question rises, which would read as -1 without the check on the whole scores.
    ItemAnalysis same =
        ItemAnalysis.of(List.of(new Response(1, 1, 1, true), new Response(0, 1, 1, true)));
    assertEquals(new BigDecimal("0.50"), same.difficulty());
    assertNull(same.discrimination());
  }

  @Test
  void aQuestionEveryoneGotRightOrWrongDoesNotDiscriminate() {
    ItemAnalysis allRight =
        ItemAnalysis.of(
            List.of(
                new Response(5, 5, 20, true),
                new Response(5, 5, 12, true),
                new Response(5, 5, 9, true)));
    assertEquals(new BigDecimal("1.00"), allRight.difficulty());
    assertNull(allRight.discrimination());
    ItemAnalysis allWrong =
        ItemAnalysis.of(List.of(new Response(0, 5, 15, false), new Response(0, 5, 3, true)));
    assertEquals(new BigDecimal("0.00"), allWrong.difficulty());
    assertNull(allWrong.discrimination());
  }

  @Test
  void aOneQuestionPaperHasNoRestToCorrelateWith() {
    ItemAnalysis alone =
        ItemAnalysis.of(List.of(new Response(10, 10, 10, true), new Response(0, 10, 0, true)));
    assertEquals(new BigDecimal("0.50"), alone.difficulty());
    assertNull(alone.discrimination());
  }

  @Test
  void aPerfectlySeparatingQuestionHasOne() {
    // Those with the question right are ahead on the rest by the same margin.
    ItemAnalysis perfect =
        ItemAnalysis.of(
            List.of(
                new Response(1, 1, 3, true),
                new Response(1, 1, 3, true),
                new Response(0, 1, 0, true),
                new Response(0, 1, 0, true)));
    assertEquals(new BigDecimal("1.00"), perfect.discrimination());
  }
}
