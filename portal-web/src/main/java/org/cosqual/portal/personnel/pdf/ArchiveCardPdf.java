package org.cosqual.portal.personnel.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.portal.pdf.CjkFonts;
import org.cosqual.portal.pdf.PdfTexts;
import org.cosqual.portal.shell.DisplayZone;

/**
 * A person's archive card as an A4 PDF in the viewer's language: particulars with the masked id
 * number, education, the quality safety officer check with its reasons, work history, appointments,
 * filings, sanctions, duty records and the sections of other modules; every page footed with the
 * print time and its number. The caller has read the archive through {@code
 * StaffArchiveService.getArchive}, so scope and permission are checked already.
 */
@Dependent
public class ArchiveCardPdf {

  /** Debian's fonts-noto-cjk; embedded when present, so the card prints the same everywhere. */
  public static final Path NOTO_SANS_CJK = CjkFonts.NOTO_SANS_CJK;

  private static final float MARGIN = 40;
  private static final float FOOTER_MARGIN = 56;
  private static final float FOOTER_BASELINE = 28;
  private static final float BODY_SIZE = 10;
  private static final float FOOTER_SIZE = 8;
  private static final DateTimeFormatter PRINT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Clock clock;
  private final ZoneId zone;
  private final Path cjkFont;

  @Inject
  public ArchiveCardPdf(Clock clock, DisplayZone zone) {
    this(clock, zone.get(), NOTO_SANS_CJK);
  }

  /**
   * @param zone the zone of the print time and of filing dates
   * @param cjkFont a TrueType collection holding Noto Sans CJK SC at index 2; when the file is
   *     missing, font-asian's STSong-Light is used instead
   */
  public ArchiveCardPdf(Clock clock, ZoneId zone, Path cjkFont) {
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
    this.cjkFont = Objects.requireNonNull(cjkFont);
  }

  /**
   * The card as PDF bytes, for {@code Faces.sendFile(bytes, fileName(...), true)}.
   *
   * @param positionNames the key positions' names in the card's language
   */
  public byte[] render(
      StaffArchive archive, Locale locale, Function<KeyPosition, String> positionNames) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(archive, locale, positionNames, out);
    return out.toByteArray();
  }

  /** Writes the card to the stream, which stays open. */
  public void write(
      StaffArchive archive,
      Locale locale,
      Function<KeyPosition, String> positionNames,
      OutputStream out) {
    PdfTexts texts = new PdfTexts(locale, positionNames);
    PdfWriter writer = new PdfWriter(out);
    writer.setCloseStream(false);
    // Not flushed page by page: the footer needs the page count, known only at the end.
    try (Document document = new Document(new PdfDocument(writer), PageSize.A4, false)) {
      PdfFont font = CjkFonts.load(cjkFont);
      String title = texts.label("personnel_card.title");
      document
          .getPdfDocument()
          .getDocumentInfo()
          .setTitle(title + " " + archive.person().getName());
      document.setFont(font).setFontSize(BODY_SIZE);
      document.setMargins(MARGIN, MARGIN, FOOTER_MARGIN, MARGIN);
      new CardBlocks(texts, zone).addTo(document, archive);
      footer(document, font, title + "  " + archive.person().getName(), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The download's file name, with the person's name. */
  public String fileName(StaffArchive archive, Locale locale) {
    return new PdfTexts(locale, KeyPosition::code)
        .message("personnel_card.fileName", archive.person().getName());
  }

  private void footer(Document document, PdfFont font, String subject, PdfTexts texts) {
    String printed =
        texts.message(
            "personnel_card.printedAt",
            PRINT_TIME.format(LocalDateTime.ofInstant(clock.instant(), zone)));
    PdfDocument pdf = document.getPdfDocument();
    int pages = pdf.getNumberOfPages();
    for (int page = 1; page <= pages; page++) {
      float right = pdf.getPage(page).getPageSize().getWidth() - MARGIN;
      document.showTextAligned(
          footerText(font, subject + "    " + printed),
          MARGIN,
          FOOTER_BASELINE,
          page,
          TextAlignment.LEFT,
          VerticalAlignment.BOTTOM,
          0);
      document.showTextAligned(
          footerText(font, texts.message("personnel_card.page", page, pages)),
          right,
          FOOTER_BASELINE,
          page,
          TextAlignment.RIGHT,
          VerticalAlignment.BOTTOM,
          0);
    }
  }

  private static Paragraph footerText(PdfFont font, String text) {
    return new Paragraph(text).setFont(font).setFontSize(FOOTER_SIZE);
  }
}
