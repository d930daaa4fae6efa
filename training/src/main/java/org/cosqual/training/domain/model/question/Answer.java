package org.cosqual.training.domain.model.question;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a candidate answered: the options chosen (zero-based positions), true or false, or text.
 * Whatever does not apply to the question's type is empty.
 */
public record Answer(Set<Integer> chosen, Boolean truth, String text) {

  public Answer {
    chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
  }

  public static Answer choice(Integer... positions) {
    return new Answer(Arrays.stream(positions).collect(Collectors.toSet()), null, null);
  }

  public static Answer truth(boolean value) {
    return new Answer(Set.of(), value, null);
  }

  public static Answer text(String value) {
    return new Answer(Set.of(), null, value);
  }
}
