package org.cosqual.personnel.domain.model.person;

import static org.cosqual.personnel.testing.ArchiveSamples.CLOCK;
import static org.cosqual.personnel.testing.ArchiveSamples.LI_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.education;
import static org.cosqual.personnel.testing.ArchiveSamples.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ParticularsTest {

  private final FakeIdNumberProtector protector = new FakeIdNumberProtector();

  private Particulars particulars(IdNumber number, LocalDate birthDate, Sex sex) {
    return new Particulars(
        number, protector, birthDate, sex, education(MajorField.FOOD), " Senior engineer ");
  }

  @Test
  void aResidentNumberGivesBirthDateAndSexWhateverWasTyped() {
    Particulars li = particulars(resident(LI_ID), LocalDate.of(2000, 1, 1), Sex.MALE);
    assertEquals(LocalDate.of(1985, 7, 22), li.getBirthDate());
    assertEquals(Sex.FEMALE, li.getSex());
    assertEquals("Senior engineer", li.getProfessionalTitle());
  }

  @Test
  void onlyTheProtectedNumberIsKept() {
    Particulars li = particulars(resident(LI_ID), null, null);
    ProtectedIdNumber kept = li.getIdNumber();
    assertEquals(IdType.RESIDENT_ID_CARD, kept.type());
    assertEquals("640***********0042", kept.masked());
    assertEquals(protector.hashOf(resident(LI_ID)), kept.hash());
    assertFalse(kept.cipherText().contains(LI_ID));
  }

  @Test
  void aPassportNeedsTheBirthDateAndSexTyped() {
    IdNumber passport = IdNumber.of(IdType.PASSPORT, "E12345678", CLOCK);
    BusinessException noBirthDate =
        assertThrows(BusinessException.class, () -> particulars(passport, null, Sex.MALE));
    assertEquals("general.birthDate", noBirthDate.getArguments()[0]);
    BusinessException noSex =
        assertThrows(
            BusinessException.class, () -> particulars(passport, LocalDate.of(1980, 1, 1), null));
    assertEquals("general.sex", noSex.getArguments()[0]);
    Particulars typed = particulars(passport, LocalDate.of(1980, 1, 1), Sex.FEMALE);
    assertEquals(LocalDate.of(1980, 1, 1), typed.getBirthDate());
    assertEquals(Sex.FEMALE, typed.getSex());
  }

  @Test
  void anOverLongTitleIsRefused() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                new Particulars(
                    resident(LI_ID),
                    protector,
                    null,
                    null,
                    education(MajorField.FOOD),
                    "x".repeat(Particulars.TITLE_MAX + 1)));
    assertEquals("error.field.tooLong", refused.getMessageKey());
  }
}
