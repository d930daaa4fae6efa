package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.ComplianceReportService;
import org.cosqual.training.application.ExternalTrainingReport;
import org.cosqual.training.application.HourCorrection;
import org.cosqual.training.application.RequirementService;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.application.Transcript;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.cosqual.training.domain.model.ledger.EntryStatus;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.Hours;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.ProgressStatus;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hour ledger on real MariaDB: a regulator reports training elsewhere with a certificate, an
 * administrator of their jurisdiction approves or rejects it, only approved hours count; another
 * city's administrator neither sees nor decides it; the requirement of a new year leaves last
 * year's results as they were.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

  private static final int YEAR = LocalDate.now().getYear();

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, TrainingIT.class, InContainer.class, TestPdfs.class);
  }

  @Inject Acting acting;
  @Inject TrainingLedgerService ledger;
  @Inject RequirementService requirements;
  @Inject ComplianceReportService reports;
  @Inject IssuedDocuments documents;
  @Inject Instance<ArchiveSection> sections;

  @Test
  void approvedHoursCountAndRejectedOnesDoNot() {
    acting.as("inspector");
    BigDecimal before = ledger.myTraining(YEAR).progress().hours().value();
    HourEntry approved = report("国家药监局化妆品监管培训（线上）", "4.5");
    HourEntry rejected = report("外省专家授课", "3");
    assertEquals(
        before, ledger.myTraining(YEAR).progress().hours().value(), "pending counts nothing");

    acting.as("cityadmin");
    assertTrue(
        ledger.findPendingEntries().stream().anyMatch(e -> e.getId().equals(approved.getId())));
    ledger.approveEntry(approved.getId(), approved.getVersion());
    BusinessException noReason =
        assertThrows(
            BusinessException.class,
            () -> ledger.rejectEntry(rejected.getId(), rejected.getVersion(), " "));
    assertEquals("error.field.required", noReason.getMessageKey());
    ledger.rejectEntry(rejected.getId(), rejected.getVersion(), "证明与培训名称不符");
    assertThrows(
        StaleVersionException.class,
        () -> ledger.approveEntry(approved.getId(), approved.getVersion()),
        "a decision from a page loaded before the first one");

    acting.as("inspector");
    var mine = ledger.myTraining(YEAR);
    assertEquals(before.add(new BigDecimal("4.5")), mine.progress().hours().value());
    assertEquals(
        EntryStatus.REJECTED,
        mine.ledger().entries().stream()
            .filter(e -> e.getId().equals(rejected.getId()))
            .findFirst()
            .orElseThrow()
            .getStatus());
    assertTrue(
        ledger.findEvidence(approved.getId()).isPresent(), "the owner opens the certificate");

    ArchiveSection training =
        sections.stream()
            .filter(section -> section.titleKey().equals("training_archive.title"))
            .findFirst()
            .orElseThrow();
    List<ArchiveSection.Line> lines = training.linesFor(approved.getPerson().getId());
    assertTrue(
        lines.stream().anyMatch(l -> l.arguments().contains(approved.getTitle())),
        lines.toString());
    assertTrue(
        lines.stream().noneMatch(l -> l.arguments().contains(rejected.getTitle())),
        "the archive shows approved training only");
  }

  @Test
  void anotherCitysAdministratorNeitherSeesNorDecides() {
    acting.as("inspector2");
    HourEntry shizuishan = report("石嘴山市局案例剖析会", "2");
    acting.as("cityadmin");
    assertTrue(
        ledger.findPendingEntries().stream().noneMatch(e -> e.getId().equals(shizuishan.getId())));
    assertThrows(
        NotFoundException.class,
        () -> ledger.approveEntry(shizuishan.getId(), shizuishan.getVersion()));
    assertThrows(NotFoundException.class, () -> ledger.findEvidence(shizuishan.getId()));
    acting.as("provadmin");
    ledger.approveEntry(shizuishan.getId(), shizuishan.getVersion());
  }

  @Test
  void badReportsAreRefusedWithNothingWritten() {
    acting.as("inspector");
    int entries = ledger.myTraining(YEAR).ledger().entries().size();
    long evidence = certificate();
    assertEquals("error.hours.step", refusal(() -> submit("培训", "1.3", LocalDate.now(), evidence)));
    assertEquals("error.hours.range", refusal(() -> submit("培训", "0", LocalDate.now(), evidence)));
    assertEquals("error.hours.range", refusal(() -> submit("培训", "-2", LocalDate.now(), evidence)));
    assertEquals(
        "error.ledger.future",
        refusal(() -> submit("培训", "2", LocalDate.now().plusDays(3), evidence)));
    assertEquals("error.field.required", refusal(() -> submit("培训", "2", LocalDate.now(), null)));
    assertEquals(
        "error.file.type",
        refusal(
            () ->
                ledger.uploadEvidence(
                    "certificate.pdf",
                    new ByteArrayInputStream(
                        "MZ this is a program".getBytes(StandardCharsets.US_ASCII)))));
    assertEquals(entries, ledger.myTraining(YEAR).ledger().entries().size());
  }

  @Test
  void anAdministratorDoesNotApproveTheirOwnHours() {
    acting.as("provadmin");
    HourEntry own = report("省局模拟检查演练", "6");
    assertEquals(
        "error.ledger.ownEntry", refusal(() -> ledger.approveEntry(own.getId(), own.getVersion())));
  }

  @Test
  void aNewYearsRequirementLeavesThisYearsAsItWas() {
    int next = YEAR + 1;
    TrainingRequirement current = requirements.requirementFor(YEAR);
    acting.as("cityadmin");
    assertEquals(
        "error.provinceWideOnly",
        refusal(
            () ->
                requirements.setRequirement(
                    next, new BigDecimal("24"), Set.of("REGULATIONS"), AppliesTo.REGULATORS, -1)));

    acting.as("provadmin");
    assertEquals(
        "error.requirement.pastYear",
        refusal(
            () ->
                requirements.setRequirement(
                    YEAR - 1,
                    new BigDecimal("24"),
                    Set.of("REGULATIONS"),
                    AppliesTo.REGULATORS,
                    RequirementService.INHERITED)));
    TrainingRequirement set =
        requirements.setRequirement(
            next,
            new BigDecimal("24"),
            Set.of("REGULATIONS", "QUALITY_SYSTEM"),
            AppliesTo.REGULATORS,
            RequirementService.INHERITED);
    assertEquals(next, set.getYear());
    assertThrows(
        StaleVersionException.class,
        () ->
            requirements.setRequirement(
                next,
                new BigDecimal("30"),
                Set.of("REGULATIONS"),
                AppliesTo.REGULATORS,
                RequirementService.INHERITED),
        "a form loaded before the first save");

    assertEquals(new BigDecimal("24.0"), requirements.requirementFor(next).getMinimumHours());
    assertEquals(
        new BigDecimal("24.0"),
        requirements.requirementFor(next + 1).getMinimumHours(),
        "later years follow the latest rule");
    TrainingRequirement unchanged = requirements.requirementFor(YEAR);
    assertEquals(current.getYear(), unchanged.getYear());
    assertEquals(current.getMinimumHours(), unchanged.getMinimumHours());
    assertEquals(current.getCountedCategories(), unchanged.getCountedCategories());
    acting.as("inspector");
    assertEquals(current.getMinimumHours(), ledger.myTraining(YEAR).progress().required());
    assertEquals(new BigDecimal("24.0"), ledger.myTraining(next).progress().required());
  }

  private HourEntry report(String title, String hours) {
    return submit(title, hours, LocalDate.now().minusDays(1), certificate());
  }

  private HourEntry submit(String title, String hours, LocalDate on, Long evidence) {
    return ledger.reportExternalTraining(
        new ExternalTrainingReport(
            title, "国家药监局高级研修学院", on, new BigDecimal(hours), "REGULATIONS", evidence));
  }

  private long certificate() {
    return ledger
        .uploadEvidence(
            "培训证明.pdf", new ByteArrayInputStream(TestPdfs.pdf("certificate " + UUID.randomUUID())))
        .getId();
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }

  @Test
  void theComplianceReportCoversTheAdministratorsSubtreeOnly() {
    acting.as("inspector2");
    HourEntry shizuishan = report("石嘴山市局法规解读", "20");
    acting.as("provadmin");
    ledger.approveEntry(shizuishan.getId(), shizuishan.getVersion());

    ComplianceReport province = reports.complianceReport(YEAR);
    ComplianceReport.Standing inspector2 =
        province.people().stream()
            .filter(s -> s.regulator().personId() == shizuishan.getPerson().getId())
            .findFirst()
            .orElseThrow();
    assertTrue(inspector2.regulator().hours().compareTo(new BigDecimal("20")) >= 0);
    assertEquals(ProgressStatus.MET, inspector2.progress().status());
    assertTrue(province.total().people() >= 4, "all the demo regulators");

    acting.as("cityadmin");
    ComplianceReport yinchuan = reports.complianceReport(YEAR);
    assertTrue(
        yinchuan.people().stream()
            .noneMatch(s -> s.regulator().personId() == shizuishan.getPerson().getId()),
        "another city's regulator is not in the city's report");
    assertTrue(
        yinchuan.people().stream()
            .allMatch(s -> s.regulator().jurisdictionCode().startsWith("6401")),
        yinchuan.people().toString());
    acting.as("inspector");
    assertThrows(AccessDeniedException.class, () -> reports.complianceReport(YEAR));
  }

  @Test
  void aTranscriptKeepsItsCodeUntilItsHoursChangeAndAnyoneVerifiesIt() {
    acting.as("inspector2");
    Transcript first = ledger.transcript(YEAR);
    assertEquals(first.document().getCode(), ledger.transcript(YEAR).document().getCode());
    HourEntry more = report("宁夏局质量管理体系专题培训", "1.5");
    acting.as("provadmin");
    ledger.approveEntry(more.getId(), more.getVersion());
    acting.as("inspector2");
    Transcript second = ledger.transcript(YEAR);
    assertNotEquals(first.document().getCode(), second.document().getCode());
    assertEquals(
        first.training().progress().hours().plus(new Hours(new BigDecimal("1.5"))),
        second.training().progress().hours());

    acting.asSystem();
    IssuedDocument found =
        documents.verify(second.document().getGroupedCode().toLowerCase()).orElseThrow();
    assertEquals(second.document().getId(), found.getId());
    assertEquals(DocumentKind.TRAINING_TRANSCRIPT, found.getKind());
    assertEquals(second.unit(), found.getIssuer());
    assertTrue(documents.verify(first.document().getCode()).isPresent(), "old codes stay valid");
    assertTrue(documents.verify("0000-0000-0000").isEmpty());
    assertTrue(documents.verify("not a code").isEmpty());
  }

  @Test
  void anAdministratorCreditsHoursByHandInScopeOnly() {
    acting.as("inspector");
    BigDecimal before = ledger.myTraining(YEAR).progress().hours().value();
    long inspector = personOf("inspector");
    long inspector2 = personOf("inspector2");
    acting.as("cityadmin");
    HourCorrection lost =
        new HourCorrection(
            "市局集中学习（补录）",
            LocalDate.now().minusDays(5),
            new BigDecimal("3"),
            "REGULATIONS",
            "签到表遗失，经核实补录");
    HourEntry credited = ledger.correctHours(inspector, lost);
    assertEquals(EntryStatus.APPROVED, credited.getStatus());
    assertEquals("cityadmin", credited.getDecidedBy());
    assertThrows(NotFoundException.class, () -> ledger.correctHours(inspector2, lost));
    assertEquals(
        "error.field.required",
        refusal(
            () ->
                ledger.correctHours(
                    inspector,
                    new HourCorrection(
                        "补录", LocalDate.now(), new BigDecimal("1"), "REGULATIONS", " "))));
    assertEquals(
        "error.hours.step",
        refusal(
            () ->
                ledger.correctHours(
                    inspector,
                    new HourCorrection(
                        "补录", LocalDate.now(), new BigDecimal("0.7"), "REGULATIONS", "x"))));
    acting.as("inspector");
    assertEquals(
        before.add(new BigDecimal("3")), ledger.myTraining(YEAR).progress().hours().value());
    acting.as("provadmin");
    assertEquals(
        "error.ledger.ownEntry", refusal(() -> ledger.correctHours(personOf("provadmin"), lost)));
  }

  private long personOf(String username) {
    acting.as(username);
    return ledger.transcript(YEAR).document().getPerson().getId();
  }
}
