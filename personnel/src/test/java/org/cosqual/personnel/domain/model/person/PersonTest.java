package org.cosqual.personnel.domain.model.person;

import static org.cosqual.personnel.testing.ArchiveSamples.LI_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.WANG_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.particulars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static final WorkExperience JOB =
      new WorkExperience(
          "Maker",
          LocalDate.of(2010, 1, 1),
          null,
          Industry.COSMETICS,
          ExperienceArea.QUALITY_MANAGEMENT,
          null);

  @Test
  void aPersonKnownOnlyAsAUserHasNoParticulars() {
    Person regulator = new Person(" Zhang San ", " ", null);
    assertEquals("Zhang San", regulator.getName());
    assertNull(regulator.getPhone());
    assertTrue(regulator.particulars().isEmpty());
  }

  @Test
  void aPersonTakesTheParticularsOfAnApprovedFiling() {
    Person wang = new Person("Wang W.", null, null);
    Particulars filed = particulars(WANG_ID);
    wang.takeParticulars("Wang Wei", "13900000000", "wang@example.cn", filed, List.of(JOB));
    assertEquals("Wang Wei", wang.getName());
    assertEquals("13900000000", wang.getPhone());
    assertEquals("wang@example.cn", wang.getEmail());
    assertNotSame(
        filed, wang.getParticulars(), "the person owns a copy, not the revision's object");
    assertTrue(filed.getIdNumber().sameNumberAs(wang.getParticulars().getIdNumber()));
    assertEquals(filed.getEducation(), wang.getParticulars().getEducation());
    assertEquals(List.of(JOB), wang.getExperiences());
  }

  @Test
  void aLaterFilingOfTheSameNumberReplacesParticularsAndWorkHistory() {
    Person wang = new Person("Wang Wei", null, null);
    wang.takeParticulars("Wang Wei", null, null, particulars(WANG_ID), List.of(JOB));
    wang.takeParticulars("Wang Wei", "13911111111", null, particulars(WANG_ID), List.of());
    assertEquals("13911111111", wang.getPhone());
    assertEquals(List.of(), wang.getExperiences());
  }

  @Test
  void anotherIdNumberIsRefusedAndNothingChanges() {
    Person wang = new Person("Wang Wei", "13900000000", null);
    Particulars own = particulars(WANG_ID);
    wang.takeParticulars("Wang Wei", "13900000000", null, own, List.of(JOB));
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                wang.takeParticulars("Li Na", "13911111111", null, particulars(LI_ID), List.of()));
    assertEquals("error.person.otherIdNumber", refused.getMessageKey());
    assertEquals("Wang Wei", wang.getName());
    assertEquals("13900000000", wang.getPhone());
    assertTrue(own.getIdNumber().sameNumberAs(wang.getParticulars().getIdNumber()));
    assertEquals(List.of(JOB), wang.getExperiences());
  }

  @Test
  void theWorkHistoryIsReadOnlyFromOutside() {
    Person wang = new Person("Wang Wei", null, null);
    wang.takeParticulars("Wang Wei", null, null, particulars(WANG_ID), List.of(JOB));
    assertThrows(UnsupportedOperationException.class, () -> wang.getExperiences().clear());
  }

  @Test
  void aNameIsRequired() {
    assertThrows(BusinessException.class, () -> new Person(" ", null, null));
    Person wang = new Person("Wang Wei", null, null);
    assertThrows(
        BusinessException.class,
        () -> wang.takeParticulars(" ", null, null, particulars(WANG_ID), List.of()));
  }
}
