package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.application.StaffImportService;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff import on real MariaDB: valid rows become archived appointments, each bad row is
 * reported with its row, column and reason (check digit, unknown enterprise, the same row twice,
 * 一证一人 found only at save time) without losing a good row, and a second import changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

  private static final String FRESH = "91640106MA7C8D2Q2U";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, StaffImportIT.class, InContainer.class, EnterpriseFiles.class);
  }

  @Inject Acting acting;
  @Inject EnterpriseService enterprises;
  @Inject StaffImportService importer;
  @Inject StaffArchiveService archive;

  @Test
  void goodRowsAreArchivedBadRowsReportedAndASecondImportChangesNothing() {
    acting.as("cityadmin");
    Enterprise fresh =
        enterprises.registerEnterprise(
            new EnterpriseRegistration(
                "银川金凤导入测试化妆品有限公司",
                FRESH,
                "宁妆20230077",
                Set.of(EnterpriseKind.REGISTRANT),
                true,
                "640106",
                null));
    List<Object[]> rows = new ArrayList<>();
    rows.add(EnterpriseFiles.staffRow(FRESH, "质量管理部门负责人", "高峰", "640106198003031128"));
    rows.add(EnterpriseFiles.staffRow(FRESH, "生产部门负责人", "林立", "640106198104041130"));
    rows.add(
        EnterpriseFiles.staffRow(FRESH, "检验部门负责人", "罗兰", "640106198205051144")); // bad check digit
    rows.add(EnterpriseFiles.staffRow("91640202MA77B3N8RH", "检验部门负责人", "孟浩", "640106198306061156"));
    rows.add(EnterpriseFiles.staffRow(FRESH, "质量管理部门负责人", "高峰", "640106198003031128")); // twice
    // 一证一人: 马晓燕 was quality safety officer under another licence until 2026-10-31.
    rows.add(EnterpriseFiles.staffRow(FRESH, "质量安全负责人", "马晓燕", "640104198503120028"));
    // The same person in a second post, on a later row: one person in the archive.
    rows.add(EnterpriseFiles.staffRow(FRESH, "检验部门负责人", "林立", "640106198104041130"));
    byte[] file = EnterpriseFiles.sheet(EnterpriseFiles.STAFF_LAYOUT, rows);

    ImportReport first =
        importer.importStaff(new ByteArrayInputStream(file), EnterpriseFiles.LABELS);
    assertEquals(3, first.created(), first.errors().toString());
    assertEquals(0, first.unchanged());
    assertEquals(List.of(4, 5, 6, 7), first.errors().stream().map(RowError::row).toList());
    assertEquals(
        List.of(
            "error.idNumber.check",
            "error.staffImport.enterpriseUnknown",
            "error.staffImport.duplicateRow",
            "error.appointment.oneLicenceOnePerson"),
        first.errors().stream().map(RowError::messageKey).toList());
    assertEquals(StaffSheet.ID_NUMBER, first.errors().get(0).column());

    List<Appointment> staff = archive.getEnterpriseStaff(fresh.getId()).appointments();
    assertEquals(3, staff.size());
    assertEquals(2, staff.stream().map(a -> a.getPerson().getId()).distinct().count());
    assertTrue(staff.stream().allMatch(a -> "cityadmin".equals(a.getImportedBy())));

    ImportReport second =
        importer.importStaff(new ByteArrayInputStream(file), EnterpriseFiles.LABELS);
    assertEquals(0, second.created());
    assertEquals(3, second.unchanged());
    assertEquals(3, archive.getEnterpriseStaff(fresh.getId()).appointments().size());
  }

  @Test
  void anotherCitysEnterpriseIsUnknownAndEnterprisesCannotImport() {
    byte[] file =
        EnterpriseFiles.sheet(
            EnterpriseFiles.STAFF_LAYOUT,
            List.<Object[]>of(
                EnterpriseFiles.staffRow(
                    "91640106MA76X2K5QG", "检验部门负责人", "韩梅", "640106198306061156")));
    acting.as("inspector2");
    ImportReport report =
        importer.importStaff(new ByteArrayInputStream(file), EnterpriseFiles.LABELS);
    assertEquals(0, report.created());
    assertEquals("error.staffImport.enterpriseUnknown", report.errors().get(0).messageKey());
    acting.as("entadmin");
    assertThrows(
        AccessDeniedException.class,
        () -> importer.importStaff(new ByteArrayInputStream(file), EnterpriseFiles.LABELS));
  }
}
