package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;

/**
 * Demo questions from {@code sample/questions.csv}, a few of every objective type and a short
 * answer, written into the bank by the province's administrator through the service. A row whose
 * type and stem are in the bank already is skipped (as the bank's import does), so a restart adds
 * nothing and an older demo bank gains the rows added since.
 */
@ApplicationScoped
public class SampleQuestions {

  private static final String AUTHOR = "provadmin";

  @Inject DemoCallers callers;
  @Inject QuestionBankService bank;

  void seed(List<CSVRecord> rows) {
    callers.actAs(AUTHOR);
    for (CSVRecord row : rows) {
      QuestionDraft draft = draft(row);
      if (!inBank(draft)) {
        bank.createQuestion(draft);
      }
    }
    callers.actAsSystem();
  }

  private boolean inBank(QuestionDraft draft) {
    String stem = draft.content().stem();
    return bank
        .findQuestions(new QuestionFilter(stem, draft.type(), null, null, null, null), 0, 100)
        .stream()
        .anyMatch(q -> q.getCurrentStem().equals(stem));
  }

  /** What a row of the file says of its question; options are separated by |, answers too. */
  static QuestionDraft draft(CSVRecord row) {
    QuestionType type = QuestionType.valueOf(row.get("type"));
    String correct = row.get("correct");
    List<QuestionOption> options = new ArrayList<>();
    String[] texts = row.get("options").isBlank() ? new String[0] : row.get("options").split("\\|");
    for (int i = 0; i < texts.length; i++) {
      options.add(new QuestionOption(texts[i], correct.indexOf('A' + i) >= 0));
    }
    Boolean truth = type == QuestionType.TRUE_FALSE ? Boolean.valueOf(correct) : null;
    List<String> accepted =
        row.get("accepted").isBlank() ? List.of() : Arrays.asList(row.get("accepted").split("\\|"));
    return new QuestionDraft(
        type,
        row.get("topic"),
        Integer.valueOf(row.get("difficulty")),
        true,
        Set.of(),
        new QuestionContent(row.get("stem"), options, truth, accepted, row.get("explanation")));
  }
}
