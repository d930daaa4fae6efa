package org.cosqual.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

/** The demo questions pass the bank's rules, one of every type, so the demo's start cannot fail. */
class SampleQuestionsTest {

  @Test
  void everyDemoQuestionIsValidAndEveryTypeIsThere() {
    Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
    for (CSVRecord row : SampleData.read("questions.csv")) {
      QuestionDraft draft = SampleQuestions.draft(row);
      draft.content().checkedFor(draft.type());
      types.add(draft.type());
    }
    assertEquals(EnumSet.allOf(QuestionType.class), types);
  }
}
