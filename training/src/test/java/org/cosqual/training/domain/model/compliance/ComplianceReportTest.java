package org.cosqual.training.domain.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On 2026-07-02 20 学时 are expected at 10.03, so 5.5 is at risk and 5 behind. */
class ComplianceReportTest {

  private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 2);

  private static RegulatorHours regulator(long id, long unit, String node, String hours) {
    return new RegulatorHours(
        id, "R" + id, unit, "Unit " + unit, node, "Node " + node, new BigDecimal(hours));
  }

  private final ComplianceReport report =
      ComplianceReport.of(
          2026,
          new BigDecimal("20"),
          MID_YEAR,
          List.of(
              regulator(1, 10, "640104", "20"),
              regulator(2, 10, "640104", "12"),
              regulator(3, 11, "640104", "5.5"),
              regulator(4, 20, "640202", "0"),
              regulator(5, 20, "640202", "24")));

  @Test
  void theTotalCountsThoseWhoMetAndThoseAtRiskOrBehind() {
    ComplianceReport.Summary total = report.total();
    assertEquals(5, total.people());
    assertEquals(2, total.met());
    assertEquals(2, total.atRisk());
    assertEquals(new BigDecimal("40.0"), total.rate());
  }

  @Test
  void unitsAndJurisdictionsHaveTheirOwnRates() {
    List<ComplianceReport.Summary> units = report.byUnit();
    assertEquals(
        List.of("10", "11", "20"), units.stream().map(ComplianceReport.Summary::key).toList());
    assertEquals(new BigDecimal("50.0"), units.get(0).rate());
    assertEquals(new BigDecimal("0.0"), units.get(1).rate());
    List<ComplianceReport.Summary> nodes = report.byJurisdiction();
    assertEquals(3, nodes.get(0).people());
    assertEquals(new BigDecimal("33.3"), nodes.get(0).rate());
    assertEquals(new BigDecimal("50.0"), nodes.get(1).rate());
  }

  @Test
  void theAtRiskListStartsWithTheFewestHours() {
    assertEquals(
        List.of(4L, 3L), report.atRisk().stream().map(s -> s.regulator().personId()).toList());
  }

  @Test
  void theDistributionCountsQuartersOfTheRequirement() {
    // 0 → under 25 %; 5.5 → 27 %; 12 → 60 %; 20 and 24 → met.
    assertEquals(List.of(1, 1, 1, 0, 2), report.distribution());
  }

  @Test
  void anEmptyJurisdictionHasARateOfZero() {
    ComplianceReport empty = ComplianceReport.of(2026, new BigDecimal("20"), MID_YEAR, List.of());
    assertEquals(new BigDecimal("0.0"), empty.total().rate());
    assertEquals(List.of(0, 0, 0, 0, 0), empty.distribution());
  }
}
