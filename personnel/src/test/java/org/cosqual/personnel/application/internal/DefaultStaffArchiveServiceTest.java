package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.internal.ArchiveFixture.DEC_1;
import static org.cosqual.personnel.application.internal.ArchiveFixture.li;
import static org.cosqual.personnel.application.internal.ArchiveFixture.wang;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.LAB_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_MANAGER;
import static org.cosqual.personnel.domain.model.appointment.KeyPosition.QUALITY_SAFETY_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.personnel.application.ListedInstance;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultStaffArchiveServiceTest {

  private final ArchiveFixture world = new ArchiveFixture();
  private final DefaultStaffArchiveService service = world.archiveService;

  private Appointment wangAsOfficer;
  private Person wang;

  @BeforeEach
  void wangIsQualitySafetyOfficerOfTheFirstMaker() {
    wangAsOfficer = world.appoint(world.makerA, QUALITY_SAFETY_OFFICER, wang(), DEC_1);
    wang = wangAsOfficer.getPerson();
  }

  private static String refusal(Runnable work) {
    return assertThrows(BusinessException.class, work::run).getMessageKey();
  }

  @Test
  void theArchiveHoldsAppointmentsFilingsSanctionsAndTheQualification() {
    Filing pendingElsewhere = world.file(world.otherMakerA, QUALITY_MANAGER, wang(), DEC_1);
    world.as(world.regulatorA);
    world.supervisionService.recordSanction(
        wang.getId(),
        world.makerA.getId(),
        "NX-2026-001",
        LocalDate.of(2026, 11, 1),
        "Art. 60",
        null);
    ArchiveSection training =
        new ArchiveSection() {
          @Override
          public String titleKey() {
            return "training.hours";
          }

          @Override
          public List<Line> linesFor(long personId) {
            return List.of(new Line(LocalDate.of(2026, 10, 1), "training.line", List.of(personId)));
          }
        };
    service.sections = new ListedInstance<>(training);

    StaffArchive archive = service.getArchive(wang.getId());

    assertEquals(wang, archive.person());
    assertEquals(List.of(wangAsOfficer), archive.appointments());
    assertEquals(2, archive.filings().size(), "the approved one and the one still pending");
    assertTrue(archive.filings().contains(pendingElsewhere));
    assertEquals(1, archive.sanctions().size());
    assertTrue(archive.qualification().met());
    assertFalse(archive.hasAccount());
    assertEquals(
        List.of(
            new StaffArchive.Section(
                "training.hours",
                List.of(
                    new ArchiveSection.Line(
                        LocalDate.of(2026, 10, 1), "training.line", List.of(wang.getId()))))),
        archive.sections());
  }

  @Test
  void anEnterpriseSeesItsOwnStaffButOnlyItsOwnFilingsOfThem() {
    world.file(world.otherMakerA, QUALITY_MANAGER, wang(), DEC_1);
    world.as(world.adminOf(world.makerA));
    StaffArchive archive = service.getArchive(wang.getId());
    assertEquals(1, archive.filings().size());
    assertEquals(world.makerA, archive.filings().get(0).getEnterprise());
  }

  @Test
  void aPersonOutsideTheCallersScopeIsNotFound() {
    world.as(world.regulatorB);
    assertThrows(NotFoundException.class, () -> service.getArchive(wang.getId()));
    world.as(world.adminOf(world.otherMakerA));
    assertThrows(NotFoundException.class, () -> service.getArchive(wang.getId()));
    world.as(world.regulatorA);
    assertThrows(NotFoundException.class, () -> service.getArchive(9999));
  }

  @Test
  void aPendingFilingMakesTheCandidateVisibleToTheFilingEnterprise() {
    world.file(world.otherMakerA, LAB_MANAGER, wang(), DEC_1);
    world.as(world.adminOf(world.otherMakerA));
    assertEquals(wang, service.getArchive(wang.getId()).person());
  }

  @Test
  void theEnterpriseStaffListFollowsTheScope() {
    world.appoint(world.makerA, LAB_MANAGER, li(), DEC_1);
    world.as(world.adminOf(world.makerA));
    assertEquals(2, service.getEnterpriseStaff(world.makerA.getId()).appointments().size());
    world.as(world.regulatorB);
    assertThrows(NotFoundException.class, () -> service.getEnterpriseStaff(world.makerA.getId()));
    world.as(world.adminOf(world.otherMakerA));
    assertThrows(NotFoundException.class, () -> service.getEnterpriseStaff(world.makerA.getId()));
  }

  // ---- revealing the id number

  @Test
  void aRegulatorAdministratorRevealsTheNumberAndTheRevealIsAuditedMasked() {
    world.as(world.regulatorAdminA);
    int before = world.audit.records().size();

    IdNumber revealed = service.revealIdNumber(wang.getId());

    assertEquals(ArchiveSamples.WANG_ID, revealed.value());
    assertEquals(before + 1, world.audit.records().size());
    AuditRecord reveal = world.audit.last();
    assertEquals(AuditAction.ID_NUMBER_REVEALED, reveal.action());
    assertEquals("cityadmin-a", reveal.actor());
    assertEquals("person:" + wang.getId(), reveal.target());
    assertEquals("Wang Wei 640***********0036", reveal.detail());
    assertTrue(
        world.audit.records().stream()
            .noneMatch(
                r ->
                    r.detail().contains(ArchiveSamples.WANG_ID)
                        || r.target().contains(ArchiveSamples.WANG_ID)),
        "the full number is never audited");
  }

  @Test
  void onlyRegulatorAdministratorsRevealNumbers() {
    world.as(world.regulatorA);
    assertThrows(AccessDeniedException.class, () -> service.revealIdNumber(wang.getId()));
    world.as(world.adminOf(world.makerA));
    assertThrows(AccessDeniedException.class, () -> service.revealIdNumber(wang.getId()));
    assertEquals(0, world.protector.reveals());
  }

  @Test
  void anotherCitysAdministratorRevealsNothingAndNothingIsAudited() {
    world.as(world.regulatorAdminB);
    int before = world.audit.records().size();
    assertThrows(NotFoundException.class, () -> service.revealIdNumber(wang.getId()));
    assertEquals(0, world.protector.reveals());
    assertEquals(before, world.audit.records().size());
  }

  // ---- key-staff accounts

  @Test
  void theEnterpriseOpensOneKeyStaffAccountForItsPerson() {
    world.as(world.adminOf(world.makerA));
    int before = world.audit.records().size();

    String oneTime = service.createStaffAccount(wang.getId(), " Wang.Wei ");

    Account account = world.accounts.findByUsername("wang.wei").orElseThrow();
    assertEquals(wang, account.getPerson());
    assertEquals(Set.of(Role.KEY_STAFF), account.getRoles());
    assertEquals(world.makerA.getOrganisation(), account.getOrganisation());
    assertTrue(account.isMustChangePassword());
    assertTrue(world.hasher.matches(oneTime.toCharArray(), account.getPasswordHash()));
    assertEquals(before + 1, world.audit.records().size());
    assertEquals(AuditAction.ACCOUNT_CREATED, world.audit.last().action());
    assertFalse(world.audit.last().detail().contains(oneTime));

    world.as(world.regulatorA);
    assertTrue(service.getArchive(wang.getId()).hasAccount());
  }

  @Test
  void aSecondAccountForThePersonIsRefusedWhicheverEnterpriseAsks() {
    world.appoint(world.otherMakerA, QUALITY_MANAGER, wang(), DEC_1);
    world.as(world.adminOf(world.makerA));
    service.createStaffAccount(wang.getId(), "wangwei");

    assertEquals(
        "error.staff.hasAccount", refusal(() -> service.createStaffAccount(wang.getId(), "wang2")));
    world.as(world.adminOf(world.otherMakerA));
    assertEquals(
        "error.staff.hasAccount", refusal(() -> service.createStaffAccount(wang.getId(), "wang3")));
    assertEquals(1, world.accounts.count());
  }

  @Test
  void aTakenUserNameIsRefused() {
    world.appoint(world.makerA, LAB_MANAGER, li(), DEC_1);
    world.as(world.adminOf(world.makerA));
    service.createStaffAccount(wang.getId(), "staff01");
    Person li = world.person(li());
    assertEquals(
        "error.account.usernameTaken",
        refusal(() -> service.createStaffAccount(li.getId(), "STAFF01")));
    assertEquals(
        "error.account.username", refusal(() -> service.createStaffAccount(li.getId(), "x")));
  }

  @Test
  void onlyTheAdministratorOfAnEnterpriseWhereThePersonIsAppointedOpensTheAccount() {
    world.file(world.otherMakerA, QUALITY_MANAGER, wang(), DEC_1);
    world.as(world.adminOf(world.otherMakerA));
    assertThrows(
        NotFoundException.class,
        () -> service.createStaffAccount(wang.getId(), "wangwei"),
        "a pending filing is no appointment");
    world.as(world.adminOf(world.makerB));
    assertThrows(NotFoundException.class, () -> service.createStaffAccount(wang.getId(), "w1"));
    world.as(world.regulatorAdminA);
    assertThrows(AccessDeniedException.class, () -> service.createStaffAccount(wang.getId(), "w2"));
    assertEquals(0, world.accounts.count());
  }
}
