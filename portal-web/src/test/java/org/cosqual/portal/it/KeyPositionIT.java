package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingQuery;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key positions as data on real MariaDB: the five built in by the migration, a position the
 * province adds taking filings, the work queue and the archive, one holder when the province says
 * so, and a retired position taking no new appointment. Only a province-wide administrator changes
 * the list.
 */
@ExtendWith(ArquillianExtension.class)
class KeyPositionIT {

  private static final String YINCHUAN = "91640106MA76X2K5QG";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(
            Acting.class,
            KeyPositionIT.class,
            InContainer.class,
            FiledPeople.class,
            EnterpriseFiles.class);
  }

  @Inject Acting acting;
  @Inject KeyPositionService positions;
  @Inject FilingService filings;
  @Inject StaffArchiveService archive;
  @Inject EnterpriseService enterprises;

  @Test
  void theFivePositionsOfTheRegulationsAreBuiltIn() {
    List<KeyPositionDefinition> all = positions.findAll();
    assertEquals(
        List.of(
            KeyPosition.LEGAL_REPRESENTATIVE,
            KeyPosition.QUALITY_SAFETY_OFFICER,
            KeyPosition.QUALITY_MANAGER,
            KeyPosition.PRODUCTION_MANAGER,
            KeyPosition.LAB_MANAGER),
        all.stream().limit(5).map(KeyPositionDefinition::position).toList());
    assertTrue(all.stream().limit(5).allMatch(KeyPositionDefinition::isBuiltIn));
    assertEquals(
        List.of(true, true, false, false, false),
        all.stream().limit(5).map(KeyPositionDefinition::isSingleHolder).toList());
    assertEquals("质量安全负责人", all.get(1).getName());
  }

  @Test
  void onlyAProvinceWideAdministratorChangesTheList() {
    acting.as("cityadmin");
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> positions.definePosition("城市岗位测试", null, false));
    assertEquals("error.provinceWideOnly", refused.getMessageKey());
    assertTrue(positions.findAll().stream().noneMatch(k -> k.getName().equals("城市岗位测试")));
  }

  @Test
  void anAddedPositionTakesFilingsAndCanBeMadeSingleHolderAndRetired() {
    acting.as("provadmin");
    KeyPositionDefinition buyer =
        positions.definePosition("采购部门负责人（测试）", "Head of purchasing", false);
    KeyPosition position = buyer.position();

    acting.as("entadmin");
    long yinchuan = enterprise(YINCHUAN).getId();
    Filing first = file(yinchuan, position, "采购一", 700_001);
    acting.as("cityadmin");
    assertEquals(
        List.of(first.getId()),
        filings.findWorkQueue(new FilingQuery(null, null, position), 0, 10).stream()
            .map(Filing::getId)
            .toList(),
        "the queue narrows to the added position");
    filings.approveFiling(
        first.getId(), filings.getFiling(first.getId()).filing().getVersion(), null);
    long personId = filings.getFiling(first.getId()).filing().getPerson().getId();
    assertTrue(
        archive.getArchive(personId).appointments().stream()
            .anyMatch(a -> a.getPosition().equals(position)));

    acting.as("provadmin");
    KeyPositionDefinition single =
        positions.changePosition(
            position, buyer.getName(), null, true, current(position).getVersion());
    assertTrue(single.isSingleHolder());
    acting.as("entadmin");
    BusinessException taken =
        assertThrows(BusinessException.class, () -> file(yinchuan, position, "采购二", 700_002));
    assertEquals("error.appointment.positionTaken", taken.getMessageKey());

    acting.as("provadmin");
    long loaded = current(position).getVersion();
    positions.retirePosition(position, loaded);
    assertFalse(current(position).isActive());
    assertThrows(
        StaleVersionException.class,
        () -> positions.reinstatePosition(position, loaded),
        "a page loaded before the retirement acts on an old version");
    acting.as("entadmin");
    BusinessException retired =
        assertThrows(BusinessException.class, () -> file(yinchuan, position, "采购三", 700_003));
    assertEquals("error.keyPosition.retired", retired.getMessageKey());
    assertTrue(
        archive.getArchive(personId).appointments().stream()
            .anyMatch(a -> a.getPosition().equals(position)),
        "the appointment keeps its retired position");
  }

  @Test
  void aPositionWithTwoCurrentHoldersAtOneEnterpriseCannotBecomeSingleHolder() {
    acting.as("provadmin");
    KeyPositionDefinition shared = positions.definePosition("研发部门负责人（测试）", null, false);
    KeyPosition position = shared.position();
    acting.as("entadmin");
    long yinchuan = enterprise(YINCHUAN).getId();
    for (int n : new int[] {700_011, 700_012}) {
      Filing filed = file(yinchuan, position, "研发" + n, n);
      acting.as("cityadmin");
      filings.approveFiling(
          filed.getId(), filings.getFiling(filed.getId()).filing().getVersion(), null);
      acting.as("entadmin");
    }
    acting.as("provadmin");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                positions.changePosition(
                    position, shared.getName(), null, true, current(position).getVersion()));
    assertEquals("error.keyPosition.severalHolders", refused.getMessageKey());
    assertFalse(current(position).isSingleHolder(), "nothing half-changed");
  }

  private Filing file(long enterpriseId, KeyPosition position, String name, int idSeed) {
    return filings.fileAppointment(
        enterpriseId,
        position,
        FiledPeople.particulars(
            name, EnterpriseFiles.residentId(idSeed), "化学", MajorField.CHEMISTRY),
        LocalDate.of(2026, 1, 1),
        null,
        null);
  }

  private KeyPositionDefinition current(KeyPosition position) {
    return positions.findAll().stream()
        .filter(k -> k.position().equals(position))
        .findFirst()
        .orElseThrow();
  }

  private Enterprise enterprise(String creditCode) {
    return enterprises.findVisibleEnterprises().stream()
        .filter(e -> e.getCreditCode().value().equals(creditCode))
        .findFirst()
        .orElseThrow();
  }
}
