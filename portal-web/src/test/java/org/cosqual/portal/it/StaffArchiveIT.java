package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.application.SupervisionService;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingKind;
import org.cosqual.personnel.domain.model.filing.FilingQuery;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The key-staff archive on real MariaDB: the demo archive, id numbers encrypted at rest and unique
 * by their keyed hash, the filing workflow with return, correction and approval, two reviewers at
 * once, scope, 一证一人, bans, the audited reveal and staff accounts.
 */
@ExtendWith(ArquillianExtension.class)
class StaffArchiveIT {

  private static final String YINCHUAN = "91640106MA76X2K5QG";
  private static final String SHIZUISHAN = "91640202MA77B3N8RH";
  private static final String QSO_ID_NUMBER = "640104198503120028";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(
            Acting.class,
            StaffArchiveIT.class,
            InContainer.class,
            AppointmentsSeen.class,
            FiledPeople.class);
  }

  @Inject Acting acting;
  @Inject EnterpriseService enterprises;
  @Inject FilingService filings;
  @Inject StaffArchiveService archive;
  @Inject SupervisionService supervision;
  @Inject AuditTrail audit;
  @Inject AppointmentsSeen seen;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Test
  void theDemoArchiveHasApprovedOfficersAndAPendingFilingInTheCityQueue() {
    acting.as("cityadmin");
    Enterprise yinchuan = enterprise(YINCHUAN);
    List<Appointment> staff = archive.getEnterpriseStaff(yinchuan.getId()).appointments();
    assertTrue(
        staff.stream()
            .anyMatch(
                a ->
                    a.getPosition().equals(KeyPosition.QUALITY_SAFETY_OFFICER)
                        && a.getPerson().getName().equals("马晓燕")),
        staff.toString());
    assertTrue(
        filings.findWorkQueue().stream().anyMatch(f -> f.currentRevision().getName().equals("何伟")));
    assertTrue(filings.countPendingFilings() >= 1);

    acting.as("inspector2");
    assertTrue(
        filings.findWorkQueue().stream()
            .noneMatch(f -> f.getEnterprise().getId().equals(yinchuan.getId())),
        "Shizuishan's inspector must not see Yinchuan's queue");
  }

  @Test
  void theWorkQueueIsNarrowedAndPagedInTheDatabase() {
    acting.as("cityadmin");
    FilingQuery production =
        new FilingQuery("塞上本草", FilingKind.APPOINTMENT, KeyPosition.PRODUCTION_MANAGER);
    List<Filing> found = filings.findWorkQueue(production, 0, 10);
    assertTrue(
        found.stream().anyMatch(f -> f.currentRevision().getName().equals("何伟")), found.toString());
    assertEquals(found.size(), filings.countWorkQueue(production));
    assertEquals(
        0,
        filings.countWorkQueue(
            new FilingQuery("塞上本草", FilingKind.DEPARTURE, KeyPosition.PRODUCTION_MANAGER)));
    assertEquals(0, filings.countWorkQueue(new FilingQuery("%", null, null)), "% is no wildcard");
    long all = filings.countWorkQueue(FilingQuery.all());
    assertTrue(all >= 1);
    assertEquals(1, filings.findWorkQueue(FilingQuery.all(), 0, 1).size());
    acting.as("inspector2");
    assertEquals(0, filings.countWorkQueue(production), "another city's queue");
  }

  @Test
  void idNumbersAreEncryptedAtRestFoundByTheirHashAndUnique() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id_number_cipher, id_number_hash, id_number_masked FROM person"
                    + " WHERE name = ?")) {
      s.setString(1, "马晓燕");
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        assertFalse(r.getString(1).contains(QSO_ID_NUMBER));
        assertTrue(r.getString(2).matches("[0-9a-f]{64}"));
        assertEquals("640***********0028", r.getString(3));
        assertFalse(r.next(), "one person per id number");
      }
      try (PreparedStatement copy =
          c.prepareStatement(
              "INSERT INTO person (name, id_number_hash) SELECT 'copy', id_number_hash FROM person"
                  + " WHERE name = ?")) {
        copy.setString(1, "马晓燕");
        assertThrows(SQLException.class, copy::executeUpdate);
      }
    }
  }

  @Test
  void aFilingIsReturnedCorrectedAndApprovedOnceWhenTwoRegulatorsAct() {
    int seenBefore = seen.all().size();
    acting.as("entadmin");
    long enterpriseId = enterprise(YINCHUAN).getId();
    Filing filed =
        filings.fileAppointment(
            enterpriseId,
            KeyPosition.QUALITY_MANAGER,
            FiledPeople.particulars(
                "郑雪", "640104198809095566", "化学工程", MajorField.CHEMICAL_ENGINEERING),
            LocalDate.of(2026, 6, 1),
            null,
            "新任质量管理部门负责人");
    long id = filed.getId();

    acting.as("cityadmin");
    assertEquals(ReviewState.PENDING, filings.getFiling(id).filing().getState());
    filings.returnFiling(id, filings.getFiling(id).filing().getVersion(), "请补充工作经历");
    assertEquals(ReviewState.RETURNED, filings.getFiling(id).filing().getState());

    acting.as("entadmin");
    long returned = filings.getFiling(id).filing().getVersion();
    filings.resubmitFiling(
        id,
        returned,
        FiledPeople.particulars("郑雪", "", "化学工程", MajorField.CHEMICAL_ENGINEERING),
        LocalDate.of(2026, 6, 1),
        null,
        "已补充");
    BusinessException again =
        assertThrows(
            BusinessException.class,
            () ->
                filings.resubmitFiling(
                    id,
                    returned,
                    FiledPeople.particulars("郑雪", "", "化学", MajorField.CHEMISTRY),
                    LocalDate.of(2026, 6, 1),
                    null,
                    null));
    assertEquals("error.staleVersion", again.getMessageKey());

    acting.as("cityadmin");
    long pending = filings.getFiling(id).filing().getVersion();
    filings.approveFiling(id, pending, "同意");
    acting.as("provadmin");
    StaleVersionException second =
        assertThrows(StaleVersionException.class, () -> filings.approveFiling(id, pending, null));
    assertEquals("error.staleVersion", second.getMessageKey());

    acting.as("cityadmin");
    Filing approved = filings.getFiling(id).filing();
    assertEquals(ReviewState.APPROVED, approved.getState());
    assertEquals(2, approved.getRevisions().size(), "both revisions are kept");
    List<ReviewAction> steps =
        filings.getFiling(id).steps().stream().map(ReviewStep::getAction).toList();
    assertEquals(
        List.of(
            ReviewAction.SUBMITTED,
            ReviewAction.RETURNED,
            ReviewAction.RESUBMITTED,
            ReviewAction.APPROVED),
        steps);
    StaffArchive person = archive.getArchive(approved.getPerson().getId());
    assertTrue(
        person.appointments().stream()
            .anyMatch(a -> a.getPosition().equals(KeyPosition.QUALITY_MANAGER)));
    assertEquals(seenBefore + 1, seen.all().size(), "AppointmentApproved fired once");
    assertEquals(approved.getPerson().getId(), seen.all().get(seenBefore).personId());
  }

  @Test
  void aRegulatorOfAnotherCityNeitherReadsNorDecidesAndAnEnterpriseFilesOnlyForItself() {
    acting.as("entadmin");
    Filing filed =
        filings.fileAppointment(
            enterprise(YINCHUAN).getId(),
            KeyPosition.LAB_MANAGER,
            FiledPeople.particulars("钱程", "64010419900101123X", "药学", MajorField.PHARMACY),
            LocalDate.of(2026, 7, 1),
            null,
            null);
    long shizuishan = enterpriseAsSystem(SHIZUISHAN).getId();
    acting.as("entadmin");
    assertThrows(
        NotFoundException.class,
        () ->
            filings.fileAppointment(
                shizuishan,
                KeyPosition.LAB_MANAGER,
                FiledPeople.particulars("钱程", "64010419900101123X", "药学", MajorField.PHARMACY),
                LocalDate.of(2026, 7, 1),
                null,
                null));

    long qso = personId("马晓燕");
    long yinchuan = enterpriseAsSystem(YINCHUAN).getId();
    acting.as("inspector2");
    assertThrows(NotFoundException.class, () -> filings.getFiling(filed.getId()));
    assertThrows(
        NotFoundException.class,
        () -> filings.approveFiling(filed.getId(), filed.getVersion(), null));
    assertThrows(NotFoundException.class, () -> archive.getArchive(qso));
    assertThrows(NotFoundException.class, () -> archive.getEnterpriseStaff(yinchuan));
  }

  @Test
  void oneLicenceOnePersonBansAndTheSecondOfficerAreRefused() {
    acting.as("cityadmin");
    Enterprise other =
        enterprises.registerEnterprise(
            new EnterpriseRegistration(
                "银川金凤测试化妆品有限公司",
                "91640106MA7C8D2P1P",
                "宁妆20220042",
                Set.of(EnterpriseKind.REGISTRANT),
                true,
                "640106",
                null));
    acting.asAdministratorOf(other);
    BusinessException oneLicence =
        assertThrows(
            BusinessException.class,
            () ->
                filings.fileAppointment(
                    other.getId(),
                    KeyPosition.QUALITY_SAFETY_OFFICER,
                    FiledPeople.particulars("马晓燕", QSO_ID_NUMBER, "应用化学", MajorField.CHEMISTRY),
                    LocalDate.of(2026, 8, 1),
                    null,
                    null));
    assertEquals("error.appointment.oneLicenceOnePerson", oneLicence.getMessageKey());

    acting.as("entadmin");
    BusinessException second =
        assertThrows(
            BusinessException.class,
            () ->
                filings.fileAppointment(
                    enterprise(YINCHUAN).getId(),
                    KeyPosition.QUALITY_SAFETY_OFFICER,
                    FiledPeople.particulars("孙悦", "640104199203031239", "药学", MajorField.PHARMACY),
                    LocalDate.of(2026, 8, 1),
                    null,
                    null));
    assertEquals("error.appointment.positionTaken", second.getMessageKey());

    acting.as("cityadmin");
    long legal = personId("杨建国");
    supervision.recordSanction(
        legal,
        enterprise(YINCHUAN).getId(),
        "宁银市监罚〔2026〕12号",
        LocalDate.of(2026, 1, 10),
        "《化妆品监督管理条例》第六十一条",
        LocalDate.of(2031, 1, 9));
    acting.asAdministratorOf(other);
    BusinessException banned =
        assertThrows(
            BusinessException.class,
            () ->
                filings.fileAppointment(
                    other.getId(),
                    KeyPosition.LEGAL_REPRESENTATIVE,
                    FiledPeople.particulars("杨建国", "640202197908151015", "工商管理", MajorField.OTHER),
                    LocalDate.of(2026, 9, 1),
                    null,
                    null));
    assertEquals("error.filing.banned", banned.getMessageKey());
  }

  @Test
  void onlyARegulatorAdministratorRevealsAnIdNumberAndTheRevealIsAudited() {
    long qso = personId("马晓燕");
    acting.as("inspector");
    assertThrows(AccessDeniedException.class, () -> archive.revealIdNumber(qso));
    acting.as("provadmin");
    assertEquals(QSO_ID_NUMBER, archive.revealIdNumber(qso).value());
    acting.asSystem();
    var entry =
        audit
            .search(
                new AuditQuery(null, null, "provadmin", AuditAction.ID_NUMBER_REVEALED, null),
                0,
                10)
            .get(0);
    assertEquals("person:" + qso, entry.getTarget());
    assertFalse(entry.getDetail().contains(QSO_ID_NUMBER), entry.getDetail());
  }

  @Test
  void anEnterpriseOpensOneAccountPerPerson() {
    long legal = personIdAs("entadmin", "杨建国");
    acting.as("entadmin");
    String oneTime = archive.createStaffAccount(legal, "yangjg");
    assertNotNull(oneTime);
    BusinessException twice =
        assertThrows(BusinessException.class, () -> archive.createStaffAccount(legal, "yangjg2"));
    assertEquals("error.staff.hasAccount", twice.getMessageKey());
    assertTrue(archive.getArchive(legal).hasAccount());
  }

  @Test
  void anAppointmentDocumentIsCheckedByContentAndOnlyAnAppointmentDocumentCanBeAttached() {
    acting.as("entadmin");
    byte[] pdf =
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    StoredFile document =
        filings.uploadAppointmentDocument("任命文件.pdf", new ByteArrayInputStream(pdf));
    assertEquals("application/pdf", document.getMediaType());
    BusinessException renamed =
        assertThrows(
            BusinessException.class,
            () ->
                filings.uploadAppointmentDocument(
                    "任命文件.pdf",
                    new ByteArrayInputStream(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0})));
    assertEquals("error.file.type", renamed.getMessageKey());

    long enterpriseId = enterprise(YINCHUAN).getId();
    Filing filed =
        filings.fileAppointment(
            enterpriseId,
            KeyPosition.PRODUCTION_MANAGER,
            FiledPeople.particulars("周敏", "640104198702021233", "化学", MajorField.CHEMISTRY),
            LocalDate.of(2026, 9, 1),
            document.getId(),
            null);
    assertEquals(document.getId(), filings.findFilingDocument(filed.getId()).orElseThrow().getId());
    assertThrows(
        NotFoundException.class,
        () ->
            filings.fileAppointment(
                enterpriseId,
                KeyPosition.LAB_MANAGER,
                FiledPeople.particulars("周敏", "640104198702021233", "化学", MajorField.CHEMISTRY),
                LocalDate.of(2026, 9, 1),
                Long.MAX_VALUE,
                null));
    acting.as("inspector2");
    assertThrows(NotFoundException.class, () -> filings.findFilingDocument(filed.getId()));
  }

  private Enterprise enterprise(String creditCode) {
    return enterprises.findVisibleEnterprises().stream()
        .filter(e -> e.getCreditCode().value().equals(creditCode))
        .findFirst()
        .orElseThrow();
  }

  private Enterprise enterpriseAsSystem(String creditCode) {
    acting.asSystem();
    return enterprise(creditCode);
  }

  private long personId(String name) {
    return personIdAs("cityadmin", name);
  }

  private long personIdAs(String username, String name) {
    acting.as(username);
    return archive.getEnterpriseStaff(enterprise(YINCHUAN).getId()).appointments().stream()
        .filter(a -> a.getPerson().getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getPerson()
        .getId();
  }
}
