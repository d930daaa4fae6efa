package org.cosqual.personnel.domain.model.supervision;

import static org.cosqual.personnel.testing.ArchiveSamples.NOW;
import static org.cosqual.personnel.testing.ArchiveSamples.WANG_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.person;
import static org.cosqual.personnel.testing.ArchiveSamples.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 6, 1);
  private static final LocalDate BAN_UNTIL = LocalDate.of(2027, 5, 31);

  private final Person wang = person(501, "Wang Wei", WANG_ID);

  private Sanction sanction(LocalDate decidedOn, LocalDate banUntil) {
    return new Sanction(
        wang,
        null,
        " NX-2026-017 ",
        decidedOn,
        "Cosmetics regulation art. 68",
        banUntil,
        "inspector",
        NOW);
  }

  @ParameterizedTest(name = "a term {0}~{1} is banned: {2}")
  @CsvSource(
      nullValues = "open",
      value = {
        "2026-06-01, open, true", // starting on the decision day
        "2027-05-31, open, true", // starting on the last banned day
        "2027-06-01, open, false", // starting the day after the ban
        "2026-01-01, open, true", // backdated before the decision, running into the ban
        "2026-01-01, 2026-05-31, false", // ended the day before the decision
        "2026-01-01, 2026-06-01, true", // ending on the decision day
        "2026-07-01, 2026-08-31, true", // inside the ban
      })
  void aBanFromTheDecisionToItsLastDayCoversEveryTermTouchingIt(
      LocalDate from, LocalDate to, boolean banned) {
    assertEquals(banned, sanction(DECIDED, BAN_UNTIL).bansDuring(new Term(from, to)));
  }

  @Test
  void aPenaltyWithoutABanBansNothing() {
    assertEquals(false, sanction(DECIDED, null).bansDuring(term("2026-06-01", null)));
  }

  @Test
  void aSanctionKeepsWhatWasRecorded() {
    Sanction sanction = sanction(DECIDED, BAN_UNTIL);
    assertEquals("NX-2026-017", sanction.getDecisionNo());
    assertEquals(DECIDED, sanction.getDecidedOn());
    assertEquals(BAN_UNTIL, sanction.getBanUntil());
    assertEquals("inspector", sanction.getRecordedBy());
    assertNull(sanction.getEnterprise());
  }

  @Test
  void aBanCannotEndBeforeItWasDecided() {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> sanction(DECIDED, DECIDED.minusDays(1)));
    assertEquals("error.dates.endBeforeStart", refused.getMessageKey());
    assertEquals(DECIDED, sanction(DECIDED, DECIDED).getBanUntil(), "a one-day ban");
  }

  @Test
  void decisionNumberDayAndLegalBasisAreRequired() {
    assertThrows(
        BusinessException.class,
        () -> new Sanction(wang, null, " ", DECIDED, "basis", null, "inspector", NOW));
    assertThrows(
        BusinessException.class,
        () -> new Sanction(wang, null, "NX-1", null, "basis", null, "inspector", NOW));
    assertThrows(
        BusinessException.class,
        () -> new Sanction(wang, null, "NX-1", DECIDED, " ", null, "inspector", NOW));
  }
}
