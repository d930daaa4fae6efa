package org.cosqual.training.domain.model.question;

import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/**
 * A question as an administrator types it or a sheet row holds it.
 *
 * @param topicCode the code of a {@link QuestionTopic}
 * @param allPositions whether it applies to every key position (then {@code positions} is ignored)
 */
public record QuestionDraft(
    QuestionType type,
    String topicCode,
    Integer difficulty,
    boolean allPositions,
    Set<KeyPosition> positions,
    QuestionContent content) {

  public QuestionDraft {
    positions = positions == null ? Set.of() : Set.copyOf(positions);
  }
}
