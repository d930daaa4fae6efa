package org.cosqual.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionSheetTest {

  private static final QuestionTopic GMP = new QuestionTopic("GMP", "GMP", "GMP", 20);
  private static final QuestionSheet SHEET = new QuestionSheet(List.of(GMP), List.of());
  private static final Function<String, String> LABELS =
      Map.of(QuestionSheet.TRUE, "T", QuestionSheet.FALSE, "F", Column.SEPARATORS, "/")::get;

  @Test
  void choiceLettersMayBeJoinedSeparatedOrFullWidth() {
    for (String answer : List.of("AC", "A,C", "a / c", "Ａ，Ｃ")) {
      QuestionDraft draft =
          SHEET.draft(row(QuestionType.MULTIPLE_CHOICE, answer, "x", "y", "z"), LABELS);
      assertEquals(
          List.of(true, false, true),
          draft.content().options().stream().map(o -> o.isCorrect()).toList(),
          answer);
    }
    QuestionDraft draft = SHEET.draft(row(QuestionType.SINGLE_CHOICE, "B", "x", "y"), LABELS);
    assertEquals("GMP", draft.topicCode());
    assertEquals(2, draft.difficulty());
    assertEquals(Set.of(KeyPosition.QUALITY_MANAGER), draft.positions());
    assertEquals("Stem", draft.content().stem());
  }

  @Test
  void lettersMustNameFilledOptions() {
    assertEquals(
        "error.question.answerLetters",
        refusal(() -> SHEET.draft(row(QuestionType.SINGLE_CHOICE, "C", "x", "y"), LABELS)));
    assertEquals(
        "error.question.answerLetters",
        refusal(() -> SHEET.draft(row(QuestionType.SINGLE_CHOICE, "G", "x", "y"), LABELS)));
    assertEquals(
        "error.question.answerRequired",
        refusal(() -> SHEET.draft(row(QuestionType.SINGLE_CHOICE, null, "x", "y"), LABELS)));
  }

  @Test
  void trueFalseReadsTheLabelsAndBlanksTheirAlternatives() {
    assertEquals(false, SHEET.draft(row(QuestionType.TRUE_FALSE, "F"), LABELS).content().truth());
    assertEquals(
        "error.question.answerTruth",
        refusal(() -> SHEET.draft(row(QuestionType.TRUE_FALSE, "maybe"), LABELS)));
    Map<String, Object> values = values(QuestionType.FILL_IN, "two");
    values.put(QuestionSheet.ACCEPTED, "2｜II");
    QuestionDraft blank = SHEET.draft(new SheetRow(3, values), LABELS);
    assertEquals(List.of("two", "2", "II"), blank.content().accepted());
  }

  @Test
  void anExportedRowReadsBackTheSame() {
    Map<String, Object> values = values(QuestionType.MULTIPLE_CHOICE, "A,C", "x", "y", "z");
    values.put(QuestionSheet.POSITIONS, List.of(QuestionSheet.ALL_POSITIONS));
    Question question =
        Question.create(SHEET.draft(new SheetRow(2, values), LABELS), GMP, "provadmin", null);
    assertTrue(question.isAllPositions());
    List<?> row = QuestionSheet.row(question, LABELS);
    assertEquals(QuestionType.MULTIPLE_CHOICE, row.get(0));
    assertEquals(List.of(QuestionSheet.ALL_POSITIONS), row.get(3));
    assertEquals("x", row.get(5));
    assertEquals("A,C", row.get(11));
  }

  private static SheetRow row(QuestionType type, String answer, String... options) {
    return new SheetRow(2, values(type, answer, options));
  }

  private static Map<String, Object> values(QuestionType type, String answer, String... options) {
    Map<String, Object> values = new HashMap<>();
    values.put(QuestionSheet.TYPE, List.of(Column.optionKey(type)));
    values.put(QuestionSheet.TOPIC, List.of("QuestionTopic.GMP"));
    values.put(QuestionSheet.DIFFICULTY, 2L);
    values.put(QuestionSheet.POSITIONS, List.of("KeyPosition.QUALITY_MANAGER"));
    values.put(QuestionSheet.STEM, "Stem");
    for (int i = 0; i < options.length; i++) {
      values.put(QuestionSheet.optionColumn(i), options[i]);
    }
    if (answer != null) {
      values.put(QuestionSheet.ANSWER, answer);
    }
    return values;
  }

  private static String refusal(org.junit.jupiter.api.function.Executable action) {
    return assertThrows(BusinessException.class, action).getMessageKey();
  }
}
