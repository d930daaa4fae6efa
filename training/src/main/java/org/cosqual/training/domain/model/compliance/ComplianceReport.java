package org.cosqual.training.domain.model.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cosqual.training.domain.model.ledger.Hours;
import org.cosqual.training.domain.model.requirement.Progress;
import org.cosqual.training.domain.model.requirement.ProgressStatus;

/**
 * Where the regulators of a jurisdiction stand against a year's requirement: each person, each unit
 * and each jurisdiction node, and how the hours spread.
 */
public record ComplianceReport(
    int year, BigDecimal required, LocalDate judgedOn, List<Standing> people) {

  /** The share of the requirement each bar of the distribution covers: a quarter. */
  private static final int BARS = 5;

  /** One regulator and their progress. */
  public record Standing(RegulatorHours regulator, Progress progress) {

    public boolean isBehindOrAtRisk() {
      return progress.status() == ProgressStatus.AT_RISK
          || progress.status() == ProgressStatus.BEHIND;
    }
  }

  /**
   * A unit's or a node's figures.
   *
   * @param rate the share of people who met the requirement, in percent, one decimal
   */
  public record Summary(
      String key, String name, int people, int met, int atRisk, BigDecimal rate) {}

  public static ComplianceReport of(
      int year, BigDecimal required, LocalDate judgedOn, List<RegulatorHours> regulators) {
    List<Standing> people =
        regulators.stream()
            .map(r -> new Standing(r, Progress.on(judgedOn, year, new Hours(r.hours()), required)))
            .toList();
    return new ComplianceReport(year, required, judgedOn, people);
  }

  public Summary total() {
    return summarise("", "", people);
  }

  public List<Summary> byUnit() {
    return grouped(s -> String.valueOf(s.regulator().unitId()), s -> s.regulator().unitName());
  }

  public List<Summary> byJurisdiction() {
    return grouped(s -> s.regulator().jurisdictionCode(), s -> s.regulator().jurisdictionName());
  }

  /** Those at risk or behind, fewest hours first. */
  public List<Standing> atRisk() {
    return people.stream()
        .filter(Standing::isBehindOrAtRisk)
        .sorted((a, b) -> a.progress().hours().compareTo(b.progress().hours()))
        .toList();
  }

  /**
   * How many people reached each quarter of the requirement: under 25 %, 25–50 %, 50–75 %, 75–100
   * %, and met.
   */
  public List<Integer> distribution() {
    int[] bars = new int[BARS];
    for (Standing s : people) {
      bars[Math.min(BARS - 1, s.progress().percent() / 25)]++;
    }
    List<Integer> counts = new ArrayList<>();
    for (int bar : bars) {
      counts.add(bar);
    }
    return counts;
  }

  private List<Summary> grouped(Function<Standing, String> key, Function<Standing, String> name) {
    Map<String, List<Standing>> groups = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Standing s : people) {
      groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
      names.putIfAbsent(key.apply(s), name.apply(s));
    }
    return groups.entrySet().stream()
        .map(g -> summarise(g.getKey(), names.get(g.getKey()), g.getValue()))
        .toList();
  }

  private static Summary summarise(String key, String name, List<Standing> group) {
    int met = (int) group.stream().filter(s -> s.progress().status() == ProgressStatus.MET).count();
    int atRisk = (int) group.stream().filter(Standing::isBehindOrAtRisk).count();
    BigDecimal rate =
        group.isEmpty()
            ? BigDecimal.ZERO.setScale(1)
            : BigDecimal.valueOf(met * 100L)
                .divide(BigDecimal.valueOf(group.size()), 1, RoundingMode.HALF_UP);
    return new Summary(key, name, group.size(), met, atRisk, rate);
  }
}
