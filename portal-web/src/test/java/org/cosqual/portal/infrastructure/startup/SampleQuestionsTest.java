package org.cosqual.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * The demo questions pass the bank's rules, every type is there (objective ones several times, for
 * the demo campaign's draw), and no stem is there twice, so the demo's start cannot fail.
 */
class SampleQuestionsTest {

  @Test
  void everyDemoQuestionIsValidAndEveryTypeIsThere() {
    Map<QuestionType, Integer> types = new EnumMap<>(QuestionType.class);
    Set<String> stems = new HashSet<>();
    for (CSVRecord row : SampleData.read("questions.csv")) {
      QuestionDraft draft = SampleQuestions.draft(row);
      draft.content().checkedFor(draft.type());
      types.merge(draft.type(), 1, Integer::sum);
      assertTrue(stems.add(draft.type() + " " + draft.content().stem()), row.toString());
    }
    assertEquals(EnumSet.allOf(QuestionType.class), types.keySet());
    for (QuestionType type : QuestionType.values()) {
      if (type != QuestionType.SHORT_ANSWER) {
        assertTrue(types.get(type) >= 3, "a few questions of type " + type);
      }
    }
  }
}
