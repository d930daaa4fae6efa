package org.cosqual.personnel.domain.model.supervision;

import static org.cosqual.personnel.testing.ArchiveSamples.NOW;
import static org.cosqual.personnel.testing.ArchiveSamples.WANG_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.enterprise;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class DutyRecordTest {

  private static final LocalDate INSPECTED = LocalDate.of(2026, 9, 15);

  private final Person wang = person(501, "Wang Wei", WANG_ID);
  private final Enterprise maker = enterprise(1, "First Maker", 0);

  private DutyRecord record(LocalDate on, String inspector, String finding, DutyRating rating) {
    return new DutyRecord(wang, maker, on, inspector, finding, rating, "inspector", NOW);
  }

  private String refusal(LocalDate on, String inspector, String finding, DutyRating rating) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> record(on, inspector, finding, rating));
    return refused.getMessageKey() + " " + refused.getArguments()[0];
  }

  @Test
  void aDutyRecordKeepsTheFinding() {
    DutyRecord record =
        record(INSPECTED, " Ma Li ", " Batch records signed off late ", DutyRating.ADEQUATE);
    assertEquals("Ma Li", record.getInspector());
    assertEquals("Batch records signed off late", record.getFinding());
    assertEquals(DutyRating.ADEQUATE, record.getRating());
    assertEquals(INSPECTED, record.getInspectedOn());
  }

  @Test
  void dayInspectorFindingAndRatingAreRequired() {
    assertEquals(
        "error.field.required general.inspectedOn",
        refusal(null, "Ma Li", "Fine", DutyRating.GOOD));
    assertEquals(
        "error.field.required general.inspector", refusal(INSPECTED, " ", "Fine", DutyRating.GOOD));
    assertEquals(
        "error.field.required general.finding", refusal(INSPECTED, "Ma Li", "", DutyRating.GOOD));
    assertEquals("error.field.required general.rating", refusal(INSPECTED, "Ma Li", "Fine", null));
  }

  @Test
  void anOverLongFindingIsRefused() {
    assertEquals(
        "error.field.tooLong general.finding",
        refusal(INSPECTED, "Ma Li", "x".repeat(DutyRecord.FINDING_MAX + 1), DutyRating.POOR));
  }

  @Test
  void personAndEnterpriseAreRequired() {
    assertThrows(
        NullPointerException.class,
        () -> new DutyRecord(null, maker, INSPECTED, "Ma Li", "Fine", DutyRating.GOOD, "i", NOW));
    assertThrows(
        NullPointerException.class,
        () -> new DutyRecord(wang, null, INSPECTED, "Ma Li", "Fine", DutyRating.GOOD, "i", NOW));
  }
}
