package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.portal.personnel.pdf.ArchiveCardPdf;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.portal.shell.KeyPositionLabels;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The archive card of a person filed and approved through the real services, rendered by the
 * injected bean outside any transaction (as a page's download does) and read back from the PDF.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveCardPdfIT {

  private static final String ENTERPRISE_YINCHUAN = "91640106MA76X2K5QG";
  private static final String ENTERPRISE_NAME = "宁夏塞上本草化妆品有限公司";
  private static final String NAME = "郑文博";
  private static final String ID_NUMBER = "640106199107235816";
  private static final String MASKED_ID = "640***********5816";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(ArchiveCardPdfIT.class, InContainer.class, TestPdfs.class);
  }

  @Inject ArchiveCardPdf card;
  @Inject KeyPositionService keyPositions;
  @Inject StaffArchiveService archives;
  @Inject FilingService filings;
  @Inject EnterpriseService enterprises;
  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject CurrentCaller caller;

  @Test
  void anApprovedLabManagersCardShowsNameEnterprisePositionAndTheMaskedIdOnly() throws IOException {
    caller.actAs(as("entadmin"));
    long enterpriseId =
        enterprises.findVisibleEnterprises().stream()
            .filter(e -> e.getCreditCode().value().equals(ENTERPRISE_YINCHUAN))
            .findFirst()
            .orElseThrow()
            .getId();
    Filing filed =
        filings.fileAppointment(
            enterpriseId,
            KeyPosition.LAB_MANAGER,
            new FiledParticulars(
                NAME,
                null,
                null,
                IdType.RESIDENT_ID_CARD,
                ID_NUMBER,
                null,
                null,
                Degree.BACHELOR,
                "生物工程",
                MajorField.BIOLOGY,
                "宁夏大学",
                2013,
                "工程师",
                List.of(
                    new FiledParticulars.Experience(
                        ENTERPRISE_NAME,
                        LocalDate.of(2013, 7, 1),
                        null,
                        Industry.COSMETICS,
                        ExperienceArea.QUALITY_MANAGEMENT,
                        "检验员"))),
            LocalDate.of(2025, 1, 1),
            null,
            null);

    caller.actAs(as("provadmin"));
    filings.approveFiling(
        filed.getId(), filings.getFiling(filed.getId()).filing().getVersion(), null);
    long personId = filings.getFiling(filed.getId()).filing().getPerson().getId();
    StaffArchive archive = archives.getArchive(personId);

    String text =
        TestPdfs.text(
            card.render(
                archive,
                Locale.SIMPLIFIED_CHINESE,
                KeyPositionLabels.names(keyPositions.findAll(), Locale.SIMPLIFIED_CHINESE)));

    for (String expected :
        List.of("人员档案表", NAME, MASKED_ID, ENTERPRISE_NAME, "检验部门负责人", "检验员", "第 1 页")) {
      assertTrue(text.contains(expected), () -> "no \"" + expected + "\" in:\n" + text);
    }
    assertFalse(text.contains(ID_NUMBER), text);
  }

  private CallerIdentity as(String username) {
    caller.actAs(CallerIdentity.system());
    AccountSummary account =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow();
    return signIn.callerFor(account.id(), "127.0.0.1");
  }
}
