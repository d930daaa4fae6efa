package org.cosqual.training.domain.model.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a group of a campaign's enrolled people stands: a jurisdiction node's subtree, an enterprise,
 * a key position, or everyone in view. Pending is everyone neither passed nor failed: not taken
 * yet, with an attempt open or left, or waiting for a short answer's grade.
 *
 * @param key what the group is: a jurisdiction code, an enterprise's id or a position code; empty
 *     for the total
 * @param name the group's name as shown
 * @param jurisdiction for an enterprise, the name of the node it is registered in; else null
 * @param enrolled people enrolled
 * @param taken people with at least one submitted attempt
 * @param passed people whose best score passed
 * @param failed people who used every attempt without passing (不合格)
 * @param pending {@code enrolled - passed - failed}
 * @param participationRate {@code taken / enrolled} in percent with one decimal; null when nobody
 *     is enrolled
 * @param passRate {@code passed / taken} in percent with one decimal: the share of those who sat
 *     the assessment who passed it; null when nobody has taken it
 */
public record Participation(
    String key,
    String name,
    String jurisdiction,
    int enrolled,
    int taken,
    int passed,
    int failed,
    int pending,
    BigDecimal participationRate,
    BigDecimal passRate) {

  /** The group's figures from its counts, the rates computed here once. */
  public static Participation of(
      String key,
      String name,
      String jurisdiction,
      int enrolled,
      int taken,
      int passed,
      int failed) {
    if (taken < 0 || passed < 0 || failed < 0 || taken > enrolled || passed + failed > taken) {
      throw new IllegalArgumentException(
          "Inconsistent counts: enrolled %d, taken %d, passed %d, failed %d"
              .formatted(enrolled, taken, passed, failed));
    }
    return new Participation(
        key,
        name,
        jurisdiction,
        enrolled,
        taken,
        passed,
        failed,
        enrolled - passed - failed,
        percent(taken, enrolled),
        percent(passed, taken));
  }

  /** A group with nobody enrolled, e.g. a jurisdiction node without enterprises in the campaign. */
  public static Participation none(String key, String name) {
    return of(key, name, null, 0, 0, 0, 0);
  }

  /** The sum of groups that split a whole between them; its key and name are empty. */
  public static Participation total(List<Participation> groups) {
    return of(
        "",
        "",
        null,
        groups.stream().mapToInt(Participation::enrolled).sum(),
        groups.stream().mapToInt(Participation::taken).sum(),
        groups.stream().mapToInt(Participation::passed).sum(),
        groups.stream().mapToInt(Participation::failed).sum());
  }

  /** The share in percent, one decimal rounded half up; null for a share of nothing. */
  static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
