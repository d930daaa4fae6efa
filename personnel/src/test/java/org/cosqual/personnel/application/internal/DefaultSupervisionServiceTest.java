package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_SAFETY_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.supervision.DutyRating;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultSupervisionServiceTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 11, 20);

  private final ArchiveFixture world = new ArchiveFixture();
  private final DefaultSupervisionService service = world.supervisionService;
  private Person wang;

  @BeforeEach
  void wangIsQualitySafetyOfficerInCityA() {
    wang = world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1).getPerson();
    world.clock.advance(Duration.ofHours(1));
  }

  @Test
  void aRegulatorRecordsASanctionWithABanAndItIsAudited() {
    world.as(world.regulatorA);
    Sanction sanction =
        service.recordSanction(
            wang.getId(),
            world.makerA.getId(),
            "NX-2026-017",
            DECIDED,
            "Cosmetics regulation art. 68",
            LocalDate.of(2031, 11, 19));
    assertEquals(List.of(sanction), world.supervision.findSanctions(wang.getId()));
    assertEquals(world.makerA, sanction.getEnterprise());
    assertEquals("inspector-a", sanction.getRecordedBy());
    assertEquals(world.clock.instant(), sanction.getRecordedAt());
    assertEquals(AuditAction.SANCTION_RECORDED, world.audit.last().action());
    assertEquals("person:" + wang.getId(), world.audit.last().target());
  }

  @Test
  void aPenaltyNeedNeitherEnterpriseNorBan() {
    world.as(world.regulatorA);
    Sanction fine = service.recordSanction(wang.getId(), null, "NX-2", DECIDED, "Art. 60", null);
    assertNull(fine.getEnterprise());
    assertNull(fine.getBanUntil());
  }

  @Test
  void aBanEndingBeforeTheDecisionIsRefusedAndNothingIsStored() {
    world.as(world.regulatorA);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                service.recordSanction(
                    wang.getId(), null, "NX-3", DECIDED, "Art. 68", DECIDED.minusDays(1)));
    assertEquals("error.dates.endBeforeStart", refused.getMessageKey());
    assertEquals(List.of(), world.supervision.findSanctions(wang.getId()));
  }

  @Test
  void aRegulatorRecordsADutyRecord() {
    world.as(world.regulatorA);
    DutyRecord record =
        service.recordDutyRecord(
            wang.getId(),
            world.makerA.getId(),
            LocalDate.of(2026, 11, 18),
            "Ma Li",
            "Release records complete",
            DutyRating.GOOD);
    assertEquals(List.of(record), world.supervision.findDutyRecords(wang.getId()));
    assertEquals(AuditAction.DUTY_RECORDED, world.audit.last().action());
  }

  @Test
  void outsideTheJurisdictionNothingIsRecorded() {
    world.as(world.regulatorB);
    assertThrows(
        NotFoundException.class,
        () -> service.recordSanction(wang.getId(), null, "SZS-1", DECIDED, "Art. 68", null));
    assertThrows(
        NotFoundException.class,
        () ->
            service.recordDutyRecord(
                wang.getId(), world.makerA.getId(), DECIDED, "Ma Li", "Fine", DutyRating.GOOD));
    world.as(world.regulatorA);
    assertThrows(
        NotFoundException.class,
        () ->
            service.recordDutyRecord(
                wang.getId(), world.makerB.getId(), DECIDED, "Ma Li", "Fine", DutyRating.GOOD),
        "an enterprise of the other city");
    assertEquals(List.of(), world.supervision.findSanctions(wang.getId()));
    assertEquals(List.of(), world.supervision.findDutyRecords(wang.getId()));
  }

  @Test
  void enterprisesRecordNothing() {
    world.as(world.adminOf(world.makerA));
    assertThrows(
        AccessDeniedException.class,
        () -> service.recordSanction(wang.getId(), null, "X", DECIDED, "Art. 68", null));
    assertThrows(
        AccessDeniedException.class,
        () ->
            service.recordDutyRecord(
                wang.getId(), world.makerA.getId(), DECIDED, "Me", "Fine", DutyRating.GOOD));
  }

  @Test
  void theAuditedDetailNamesThePersonDecisionAndBanNotTheNumber() {
    world.as(world.regulatorA);
    service.recordSanction(wang.getId(), null, "NX-4", DECIDED, "Art. 68", null);
    assertEquals("Wang Wei NX-4", world.audit.last().detail(), "no \"null\" for no ban");
    service.recordSanction(
        wang.getId(), null, "NX-5", DECIDED, "Art. 68", LocalDate.of(2031, 11, 19));
    assertEquals("Wang Wei NX-5 2031-11-19", world.audit.last().detail());
    assertFalse(
        world.audit.records().stream().anyMatch(r -> r.detail().contains(ArchiveSamples.WANG_ID)));
  }
}
