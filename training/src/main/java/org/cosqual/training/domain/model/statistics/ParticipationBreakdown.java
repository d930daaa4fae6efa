package org.cosqual.training.domain.model.statistics;

import java.util.List;

/**
 * A campaign's people in view split into groups (jurisdiction nodes, enterprises or positions), and
 * the total of them all.
 */
public record ParticipationBreakdown(List<Participation> rows, Participation total) {

  public ParticipationBreakdown {
    rows = List.copyOf(rows);
  }

  /** The groups and their total. */
  public static ParticipationBreakdown of(List<Participation> rows) {
    return new ParticipationBreakdown(rows, Participation.total(rows));
  }
}
