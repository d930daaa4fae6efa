package org.cosqual.training.domain.model.assessment;

import java.util.List;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.training.domain.model.question.QuestionType;

/** The active questions of the bank a paper is made from. */
public interface QuestionPool {

  /**
   * The ids of the active questions of a cell that apply to a position, in ascending order; with no
   * position (a course quiz), every active question of the cell.
   */
  List<Long> idsOf(String topicCode, int difficulty, QuestionType type, KeyPosition position);

  /** Whether the question exists and is active. */
  boolean isActive(long questionId);
}
