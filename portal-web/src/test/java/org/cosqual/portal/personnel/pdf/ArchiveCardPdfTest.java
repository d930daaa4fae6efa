package org.cosqual.portal.personnel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.ProtectedIdNumber;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.model.supervision.DutyRating;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.portal.shell.KeyPositionLabels;
import org.junit.jupiter.api.Test;

/** The archive card read back from the PDF by text extraction, in both languages and both fonts. */
class ArchiveCardPdfTest {

  private static final String FULL_ID = "110101198001010029";
  private static final String MASKED_ID = "110***********0029";
  private static final String NAME = "林晓雯";
  private static final String ENTERPRISE = "宁夏塞上本草化妆品有限公司";
  private static final String DECISION = "宁药监罚〔2025〕7号";

  /** 09:30 on 2 March 2026 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Path MISSING_FONT = Path.of("target", "no-such-font.ttc");

  /** Keeps only the masked number, as the real protector does; the card must never reveal one. */
  private static final IdNumberProtector PROTECTOR =
      new IdNumberProtector() {
        @Override
        public ProtectedIdNumber protect(IdNumber number) {
          return new ProtectedIdNumber(number.type(), number.masked(), "sealed", hashOf(number));
        }

        @Override
        public String hashOf(IdNumber number) {
          return "hash-of-" + number.masked();
        }

        @Override
        public IdNumber reveal(ProtectedIdNumber stored) {
          throw new AssertionError("The archive card revealed an id number");
        }
      };

  private final ArchiveCardPdf card =
      new ArchiveCardPdf(CLOCK, SHANGHAI, ArchiveCardPdf.NOTO_SANS_CJK);

  /** The two positions the sample archive names, as the province's list names them. */
  private static final List<KeyPositionDefinition> POSITIONS =
      List.of(
          KeyPositionDefinition.added(
              KeyPosition.QUALITY_SAFETY_OFFICER, "质量安全负责人", "Quality safety officer", true, 20),
          KeyPositionDefinition.added(
              KeyPosition.QUALITY_MANAGER, "质量管理部门负责人", "Head of quality management", false, 30));

  private static Function<KeyPosition, String> names(Locale locale) {
    return KeyPositionLabels.names(POSITIONS, locale);
  }

  @Test
  void chineseCardShowsTheArchiveWithTheIdNumberMasked() {
    String text =
        text(card.render(archive(1), Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE)));

    assertShows(
        text,
        "人员档案表",
        NAME,
        MASKED_ID,
        "居民身份证",
        "1980-01-01",
        "硕士研究生",
        ENTERPRISE,
        "质量安全负责人",
        "2020-01-01 至今",
        "不符合",
        "属于相关专业（化学）",
        "任职备案",
        "待审核",
        DECISION,
        "基本称职",
        "年度考核",
        "打印时间：2026-03-02 09:30",
        "第 1 页，共 ");
    assertFalse(text.contains(FULL_ID), text);
    assertFalse(text.contains("19800101"), text);
  }

  @Test
  void englishCardHasEnglishLabels() {
    String text = text(card.render(archive(1), Locale.ENGLISH, names(Locale.ENGLISH)));

    assertShows(
        text,
        "Staff archive card",
        "Quality safety officer",
        "Master",
        "is a related one (Chemistry)",
        "2020-01-01 to present",
        "Printed 2026-03-02 09:30",
        "Page 1 of ",
        NAME,
        MASKED_ID);
    assertFalse(text.contains("人员档案表"), text);
    assertFalse(text.contains("质量安全负责人"), text);
  }

  @Test
  void aLongHistoryRunsOverPagesEachNumberedAndHeaded() {
    try (PdfDocument pdf =
        read(
            card.render(
                archive(90), Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE)))) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 2, "pages: " + pages);
      for (int page = 1; page <= pages; page++) {
        assertShows(
            PdfTextExtractor.getTextFromPage(pdf.getPage(page)),
            "第 " + page + " 页，共 " + pages + " 页",
            "打印时间：2026-03-02 09:30",
            NAME);
      }
      assertTrue(PdfTextExtractor.getTextFromPage(pdf.getPage(2)).contains("工作单位"));
    }
  }

  @Test
  void embedsNotoSansCjkScWhenInstalled() {
    assumeTrue(Files.isReadable(ArchiveCardPdf.NOTO_SANS_CJK), "fonts-noto-cjk is not installed");
    try (PdfDocument pdf =
        read(
            card.render(archive(1), Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE)))) {
      PdfDictionary font = onlyFont(pdf);
      assertTrue(
          font.getAsName(PdfName.BaseFont).getValue().contains("+NotoSansCJKsc-Regular"),
          font.toString());
      PdfDictionary descriptor =
          font.getAsArray(PdfName.DescendantFonts)
              .getAsDictionary(0)
              .getAsDictionary(PdfName.FontDescriptor);
      assertTrue(
          descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3),
          descriptor.toString());
    }
  }

  @Test
  void withoutTheFontFileFallsBackToStSongAndStillReadsBack() {
    ArchiveCardPdf fallback = new ArchiveCardPdf(CLOCK, SHANGHAI, MISSING_FONT);
    byte[] bytes =
        fallback.render(archive(1), Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE));

    try (PdfDocument pdf = read(bytes)) {
      PdfDictionary font = onlyFont(pdf);
      assertTrue(
          font.getAsName(PdfName.BaseFont).getValue().startsWith("STSong-Light"), font.toString());
    }
    assertShows(text(bytes), NAME, "质量安全负责人", MASKED_ID);
  }

  @Test
  void aPersonWithoutParticularsStillPrints() {
    Person regulator = new Person("周敏", null, null);
    StaffArchive bare =
        new StaffArchive(
            regulator,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            regulator.qualification(LocalDate.of(2026, 3, 2)),
            false,
            List.of());

    assertShows(
        text(card.render(bare, Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE))),
        "周敏",
        "（无）",
        "暂无数据",
        "未填写学历和专业");
  }

  @Test
  void writingLeavesTheCallersStreamOpen() {
    class TrackedStream extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    TrackedStream out = new TrackedStream();

    card.write(archive(1), Locale.SIMPLIFIED_CHINESE, names(Locale.SIMPLIFIED_CHINESE), out);

    assertFalse(out.closed);
    assertTrue(text(out.toByteArray()).contains(NAME));
  }

  @Test
  void fileNameCarriesThePersonsName() {
    assertEquals("人员档案表-林晓雯.pdf", card.fileName(archive(1), Locale.SIMPLIFIED_CHINESE));
    assertEquals("archive-card-林晓雯.pdf", card.fileName(archive(1), Locale.ENGLISH));
  }

  /**
   * A quality safety officer with a related major but, through {@code jobs} one-year jobs of which
   * only the last is relevant, too little experience; an appointment, a pending change filing, a
   * sanction, a duty record and a section of the training module.
   */
  private static StaffArchive archive(int jobs) {
    LocalDate today = LocalDate.ofInstant(NOW, SHANGHAI);
    Clock clock = Clock.fixed(NOW, SHANGHAI);
    Enterprise enterprise = enterprise();
    List<WorkExperience> experiences = new ArrayList<>();
    IntStream.range(0, jobs - 1)
        .forEach(
            i ->
                experiences.add(
                    new WorkExperience(
                        "银川某日化商贸公司第" + (i + 1) + "门店",
                        LocalDate.of(1930 + i, 1, 1),
                        LocalDate.of(1930 + i, 12, 31),
                        Industry.OTHER,
                        ExperienceArea.OTHER,
                        "店员")));
    experiences.add(
        new WorkExperience(
            ENTERPRISE,
            LocalDate.of(2024, 1, 1),
            null,
            Industry.COSMETICS,
            ExperienceArea.QUALITY_MANAGEMENT,
            "质量部经理"));
    Particulars particulars =
        new Particulars(
            IdNumber.of(IdType.RESIDENT_ID_CARD, FULL_ID, clock),
            PROTECTOR,
            null,
            null,
            new Education(Degree.MASTER, "应用化学", MajorField.CHEMISTRY, "宁夏大学", 2005, clock),
            "高级工程师");
    Person person = new Person(NAME, "13900000001", "lin@example.org");
    person.takeParticulars(NAME, "13900000001", "lin@example.org", particulars, experiences);

    Appointment appointment =
        new Appointment(
            person,
            enterprise,
            KeyPosition.QUALITY_SAFETY_OFFICER,
            new Term(LocalDate.of(2020, 1, 1), null),
            null,
            1L);
    Filing change =
        Filing.appointment(
            enterprise,
            KeyPosition.QUALITY_MANAGER,
            person,
            new FilingRevision(
                NAME,
                null,
                null,
                particulars,
                experiences,
                today,
                null,
                null,
                "enterprise-admin",
                NOW));
    Sanction sanction =
        new Sanction(
            person,
            enterprise,
            DECISION,
            LocalDate.of(2025, 6, 1),
            "《化妆品监督管理条例》第六十条",
            LocalDate.of(2025, 12, 31),
            "provadmin",
            NOW);
    DutyRecord duty =
        new DutyRecord(
            person,
            enterprise,
            LocalDate.of(2025, 9, 10),
            "赵检查",
            "批生产记录审核签字不及时",
            DutyRating.ADEQUATE,
            "regulator",
            NOW);
    StaffArchive.Section training =
        new StaffArchive.Section(
            "staff_index.assessments",
            List.of(
                new ArchiveSection.Line(
                    LocalDate.of(2025, 11, 20),
                    "qualification.experience.enough",
                    List.of(new BigDecimal("6.5"), 5))));
    return new StaffArchive(
        person,
        List.of(appointment),
        List.of(change),
        List.of(sanction),
        List.of(duty),
        person.qualification(today),
        true,
        List.of(training));
  }

  private static Enterprise enterprise() {
    JurisdictionNode region = JurisdictionNode.province("640000", "宁夏回族自治区");
    Organisation organisation =
        new Organisation("ENT-PDF-1", ENTERPRISE, OrganisationKind.ENTERPRISE, region);
    return new Enterprise(
        organisation,
        CreditCode.of("91640106MA76X2K5QG"),
        LicenseNo.of("宁妆20210001"),
        Set.of(EnterpriseKind.REGISTRANT),
        true,
        "银川市金凤区");
  }

  private static void assertShows(String text, String... expected) {
    for (String part : expected) {
      assertTrue(text.contains(part), () -> "no \"" + part + "\" in:\n" + text);
    }
  }

  private static String text(byte[] pdfBytes) {
    try (PdfDocument pdf = read(pdfBytes)) {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page))).append('\n');
      }
      return text.toString();
    }
  }

  private static PdfDocument read(byte[] pdfBytes) {
    try {
      return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdfBytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one font the card uses, as page 1 refers to it. */
  private static PdfDictionary onlyFont(PdfDocument pdf) {
    PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
    assertEquals(1, fonts.size(), fonts.toString());
    return fonts.getAsDictionary(fonts.keySet().iterator().next());
  }
}
