package org.cosqual.portal.training;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.cosqual.portal.pdf.CjkFonts;
import org.cosqual.portal.pdf.PdfTexts;
import org.cosqual.portal.pdf.VerificationBlock;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.training.application.Transcript;
import org.cosqual.training.domain.model.ledger.HourEntry;

/**
 * The training transcript as a PDF: who, which year, the approved hours that count against the
 * requirement and the entries behind them, the issuing unit and date, and the verification code
 * with its QR code.
 */
@Dependent
public class TranscriptPdf {

  private static final float TITLE_SIZE = 18;
  private static final float BODY_SIZE = 11;

  private final ZoneId zone;
  private final Path cjkFont;

  @Inject
  public TranscriptPdf(DisplayZone zone) {
    this(zone.get(), CjkFonts.NOTO_SANS_CJK);
  }

  public TranscriptPdf(ZoneId zone, Path cjkFont) {
    this.zone = zone;
    this.cjkFont = cjkFont;
  }

  /**
   * @param verifyUrl the address of the document's public verification page, for the QR code
   */
  public byte[] render(Transcript transcript, String personName, String verifyUrl, Locale locale) {
    PdfTexts texts = new PdfTexts(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
      PdfFont font = CjkFonts.load(cjkFont);
      document.setFont(font).setFontSize(BODY_SIZE);
      String title = texts.label("training_transcript.title");
      document.getPdfDocument().getDocumentInfo().setTitle(title + " " + personName);
      document.add(
          new Paragraph(title).setFontSize(TITLE_SIZE).setTextAlignment(TextAlignment.CENTER));
      var training = transcript.training();
      document.add(
          new Paragraph(
              texts.message(
                  "training_transcript.body",
                  personName,
                  transcript.unit(),
                  String.valueOf(training.year()),
                  training.progress().hours().toString(),
                  training.requirement().getMinimumHours().stripTrailingZeros().toPlainString())));
      document.add(
          entries(
              training.ledger().credited().stream()
                  .filter(e -> training.requirement().counts(e.getCategory().getCode()))
                  .toList(),
              texts));
      VerificationBlock.add(document, transcript.document(), verifyUrl, zone, texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The download's file name. */
  public String fileName(Transcript transcript, String personName, Locale locale) {
    return new PdfTexts(locale)
        .message(
            "training_transcript.fileName",
            String.valueOf(transcript.training().year()),
            personName);
  }

  private static Table entries(List<HourEntry> credited, PdfTexts texts) {
    Table table = new Table(UnitValue.createPercentArray(new float[] {18, 46, 22, 14}));
    table.setWidth(UnitValue.createPercentValue(100));
    for (String header :
        List.of(
            "training_ledger.trainedOn",
            "training_ledger.title",
            "training_ledger.category",
            "training_ledger.hours")) {
      table.addHeaderCell(new Cell().add(new Paragraph(texts.label(header))));
    }
    for (HourEntry entry : credited) {
      table.addCell(texts.date(entry.getTrainedOn()));
      table.addCell(entry.getTitle());
      table.addCell(entry.getCategory().getName());
      table.addCell(entry.getHours().toString());
    }
    if (credited.isEmpty()) {
      table.addCell(new Cell(1, 4).add(new Paragraph(texts.none())));
    }
    return table;
  }
}
