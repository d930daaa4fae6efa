package org.cosqual.training.domain.model.question;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/** Questions for the tests. */
public final class Questions {

  public static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  public static final QuestionTopic GMP = new QuestionTopic("GMP", "GMP", "GMP", 20);

  private Questions() {}

  public static QuestionDraft draft(QuestionType type, QuestionContent content) {
    return new QuestionDraft(
        type, "GMP", 3, false, Set.of(KeyPosition.QUALITY_SAFETY_OFFICER), content);
  }

  public static QuestionContent choices(String stem, boolean... correct) {
    List<QuestionOption> options =
        java.util.stream.IntStream.range(0, correct.length)
            .mapToObj(i -> new QuestionOption("Option " + (char) ('A' + i), correct[i]))
            .toList();
    return new QuestionContent(stem, options, null, List.of(), "Because.");
  }

  public static QuestionContent blank(String stem, String... accepted) {
    return new QuestionContent(stem, List.of(), null, List.of(accepted), null);
  }

  public static Question create(QuestionType type, QuestionContent content) {
    return Question.create(draft(type, content), GMP, "provadmin", AT);
  }
}
