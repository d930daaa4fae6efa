package org.cosqual.training.application;

import java.util.Set;

/**
 * Where a learner stands with a course taken online.
 *
 * @param opened the materials opened (ids)
 * @param credited whether the course's hours are in the learner's ledger this year
 * @param quizPending whether the course asks for a quiz: opening every material then earns nothing
 *     until the quiz is passed
 */
public record OnlineCompletion(
    boolean open, Set<Long> opened, int materials, boolean credited, boolean quizPending) {

  public boolean isOpened(long materialId) {
    return opened.contains(materialId);
  }
}
