package org.cosqual.training.domain.model.question;

/**
 * What the bank's list is filtered by; each null part selects everything.
 *
 * @param text a part of the current stem
 * @param positionCode questions for this key position (and those for all positions)
 */
public record QuestionFilter(
    String text,
    QuestionType type,
    String topicCode,
    Integer difficulty,
    String positionCode,
    QuestionStatus status) {

  public static final QuestionFilter ALL = new QuestionFilter(null, null, null, null, null, null);
}
