package org.cosqual.training.domain.model.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * What a candidate sees of a question and what their answer is graded against.
 *
 * @param options the options of a choice question, in the order shown (A, B, …); blank ones are
 *     left out
 * @param truth whether the statement of a true/false question is true
 * @param accepted the answers a blank accepts, compared as {@link AnswerText} normalises them
 * @param explanation shown to the candidate after grading
 */
public record QuestionContent(
    String stem,
    List<QuestionOption> options,
    Boolean truth,
    List<String> accepted,
    String explanation) {

  public static final int STEM_MAX = 2000;
  public static final int EXPLANATION_MAX = 2000;
  public static final int ANSWER_MAX = 200;
  public static final int OPTIONS_MIN = 2;

  /** A to F. */
  public static final int OPTIONS_MAX = 6;

  public static final int ACCEPTED_MAX = 10;

  public QuestionContent {
    options = options == null ? List.of() : List.copyOf(options);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
  }

  /**
   * The content checked against the rules of a type, stripped, with only what the type uses.
   *
   * <p>Single choice: two to six options, exactly one correct. Multiple choice: two to six options,
   * at least two correct (what candidates expect of 多选题; one correct option is a single choice).
   * True/false: true or false chosen. Fill-in: one to ten accepted answers. Short answer: the stem
   * and, as the grader's guide, the explanation.
   */
  public QuestionContent checkedFor(QuestionType type) {
    String checkedStem = Fields.required(stem, "training_question.stem", STEM_MAX);
    String checkedExplanation =
        Fields.optional(explanation, "training_question.explanation", EXPLANATION_MAX);
    List<QuestionOption> checkedOptions = type.hasOptions() ? checkedOptions(type) : List.of();
    Boolean checkedTruth = null;
    if (type == QuestionType.TRUE_FALSE) {
      if (truth == null) {
        throw new BusinessException("error.question.truthRequired");
      }
      checkedTruth = truth;
    }
    List<String> checkedAccepted =
        type == QuestionType.FILL_IN ? checkedAccepted() : List.<String>of();
    return new QuestionContent(
        checkedStem, checkedOptions, checkedTruth, checkedAccepted, checkedExplanation);
  }

  private List<QuestionOption> checkedOptions(QuestionType type) {
    List<QuestionOption> kept = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (QuestionOption option : options) {
      String text =
          Fields.optional(option.getText(), "training_question.option", QuestionOption.TEXT_MAX);
      if (text == null) {
        if (option.isCorrect()) {
          throw new BusinessException("error.question.blankOptionCorrect");
        }
        continue;
      }
      if (!texts.add(AnswerText.normalised(text))) {
        throw new BusinessException("error.question.duplicateOption", text);
      }
      kept.add(new QuestionOption(text, option.isCorrect()));
    }
    if (kept.size() < OPTIONS_MIN || kept.size() > OPTIONS_MAX) {
      throw new BusinessException("error.question.optionCount", OPTIONS_MIN, OPTIONS_MAX);
    }
    long correct = kept.stream().filter(QuestionOption::isCorrect).count();
    if (type == QuestionType.SINGLE_CHOICE && correct != 1) {
      throw new BusinessException("error.question.singleCorrect");
    }
    if (type == QuestionType.MULTIPLE_CHOICE && correct < 2) {
      throw new BusinessException("error.question.multipleCorrect");
    }
    return kept;
  }

  private List<String> checkedAccepted() {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String answer : accepted) {
      String text = Fields.optional(answer, "training_question.accepted", ANSWER_MAX);
      if (text != null && seen.add(AnswerText.normalised(text))) {
        kept.add(text);
      }
    }
    if (kept.isEmpty()) {
      throw new BusinessException("error.question.acceptedRequired");
    }
    if (kept.size() > ACCEPTED_MAX) {
      throw new BusinessException("error.question.acceptedCount", ACCEPTED_MAX);
    }
    return kept;
  }
}
