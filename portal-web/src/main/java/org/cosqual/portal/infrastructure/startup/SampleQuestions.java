package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;

/**
 * Demo questions from {@code sample/questions.csv}, one of each type, written into the bank by the
 * province's administrator through the service. Skipped once the bank holds any question.
 */
@ApplicationScoped
public class SampleQuestions {

  private static final String AUTHOR = "provadmin";

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject QuestionBankService bank;

  void seed(List<CSVRecord> rows) {
    long author =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals(AUTHOR))
            .map(AccountSummary::id)
            .findFirst()
            .orElseThrow();
    caller.actAs(signIn.callerFor(author, "127.0.0.1"));
    if (bank.countQuestions(QuestionFilter.ALL) == 0) {
      rows.forEach(row -> bank.createQuestion(draft(row)));
    }
    caller.actAs(CallerIdentity.system());
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
