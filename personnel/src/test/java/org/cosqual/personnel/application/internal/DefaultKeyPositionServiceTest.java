package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultKeyPositionServiceTest {

  private final ArchiveFixture world = new ArchiveFixture();
  private final DefaultKeyPositionService service = world.keyPositionService;

  @BeforeEach
  void actAsTheProvincesAdministrator() {
    world.as(world.provincialAdmin);
  }

  private String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }

  @Test
  void theProvincesAdministratorAddsAPositionAfterTheOthersAndItIsAudited() {
    KeyPositionDefinition buyer = service.definePosition(" 采购部门负责人 ", "Head of purchasing", false);
    assertEquals("POSITION_6", buyer.getCode());
    assertEquals("采购部门负责人", buyer.getName());
    assertFalse(buyer.isBuiltIn());
    assertEquals(buyer, service.findAll().get(5));
    assertEquals(AuditAction.KEY_POSITION_DEFINED, world.audit.last().action());
    assertEquals("keyPosition:POSITION_6", world.audit.last().target());
  }

  @Test
  void aCityAdministratorOrARegulatorChangesNothing() {
    world.as(world.regulatorAdminA);
    assertEquals("error.provinceWideOnly", refusal(() -> service.definePosition("x", null, false)));
    world.as(world.provincialRegulator);
    assertThrows(AccessDeniedException.class, () -> service.definePosition("采购部门负责人", null, false));
    assertEquals(5, service.findAll().size());
    assertTrue(world.audit.records().isEmpty());
  }

  @Test
  void aNameInUseIsRefused() {
    assertEquals(
        "error.keyPosition.nameTaken",
        refusal(() -> service.definePosition("质量安全负责人", null, false)));
    KeyPositionDefinition buyer = service.definePosition("采购部门负责人", null, false);
    assertEquals(
        "error.keyPosition.nameTaken",
        refusal(
            () ->
                service.changePosition(
                    buyer.position(), "检验部门负责人", null, false, buyer.getVersion())));
    service.changePosition(buyer.position(), "采购负责人", "Purchasing", false, buyer.getVersion());
    assertEquals("采购负责人", buyer.getName());
  }

  @Test
  void becomingSingleHolderIsRefusedWhileAnEnterpriseHasTwoCurrentHolders() {
    KeyPositionDefinition buyer = service.definePosition("采购部门负责人", null, false);
    Term current = new Term(LocalDate.of(2025, 1, 1), null);
    world.appointments.store(
        new Appointment(
            ArchiveSamples.person(501, "Wang Wei", ArchiveSamples.WANG_ID),
            world.makerA,
            buyer.position(),
            current,
            null,
            1));
    service.changePosition(buyer.position(), "采购部门负责人", null, true, buyer.getVersion());
    service.changePosition(buyer.position(), "采购部门负责人", null, false, buyer.getVersion());
    world.appointments.store(
        new Appointment(
            ArchiveSamples.person(502, "Li Hui", ArchiveSamples.LI_ID),
            world.makerA,
            buyer.position(),
            current,
            null,
            2));
    assertEquals(
        "error.keyPosition.severalHolders",
        refusal(
            () ->
                service.changePosition(
                    buyer.position(), "采购部门负责人", null, true, buyer.getVersion())));
    assertFalse(buyer.isSingleHolder(), "nothing half-changed");
  }

  @Test
  void builtInPositionsStayAsTheRegulationsSay() {
    assertEquals(
        "error.keyPosition.builtIn",
        refusal(() -> service.retirePosition(KeyPosition.QUALITY_MANAGER, 0)));
    assertEquals(
        "error.keyPosition.builtIn",
        refusal(
            () ->
                service.changePosition(KeyPosition.LEGAL_REPRESENTATIVE, "法定代表人", null, false, 0)));
  }

  @Test
  void aRetiredPositionCanBeReinstated() {
    KeyPositionDefinition buyer = service.definePosition("采购部门负责人", null, false);
    service.retirePosition(buyer.position(), buyer.getVersion());
    assertFalse(buyer.isActive());
    assertEquals(AuditAction.KEY_POSITION_RETIRED, world.audit.last().action());
    service.reinstatePosition(buyer.position(), buyer.getVersion());
    assertTrue(buyer.isActive());
  }

  @Test
  void aFormLoadedBeforeAnotherAdministratorsChangeIsRefused() {
    KeyPositionDefinition buyer = service.definePosition("采购部门负责人", null, false);
    assertThrows(
        StaleVersionException.class,
        () -> service.retirePosition(buyer.position(), buyer.getVersion() + 1));
    assertTrue(buyer.isActive());
  }
}
