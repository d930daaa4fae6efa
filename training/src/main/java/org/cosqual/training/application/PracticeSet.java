package org.cosqual.training.application;

import java.util.List;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.Campaign;

/**
 * An open practice set (自测练习) and the learner's practice attempts in it so far, first first.
 *
 * @param set the practice set
 * @param attempts theirs; none before their first start
 */
public record PracticeSet(Campaign set, List<Attempt> attempts) {

  public PracticeSet {
    attempts = List.copyOf(attempts);
  }
}
