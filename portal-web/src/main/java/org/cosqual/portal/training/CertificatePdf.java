package org.cosqual.portal.training;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.cosqual.portal.pdf.CjkFonts;
import org.cosqual.portal.pdf.PdfTexts;
import org.cosqual.portal.pdf.VerificationBlock;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.training.application.Certificate;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;

/**
 * The assessment certificate as a PDF: who passed which annual assessment as the holder of which
 * key position, with what score, confirmed by which unit, and the verification code with its QR
 * code.
 */
@Dependent
public class CertificatePdf {

  private static final float TITLE_SIZE = 22;
  private static final float BODY_SIZE = 13;

  private final ZoneId zone;
  private final Path cjkFont;

  @Inject
  public CertificatePdf(DisplayZone zone) {
    this(zone.get(), CjkFonts.NOTO_SANS_CJK);
  }

  public CertificatePdf(ZoneId zone, Path cjkFont) {
    this.zone = zone;
    this.cjkFont = cjkFont;
  }

  /**
   * @param verifyUrl the address of the certificate's public verification page, for the QR code
   */
  public byte[] render(Certificate certificate, String verifyUrl, Locale locale) {
    PdfTexts texts = new PdfTexts(locale);
    String name = certificate.document().getPerson().getName();
    AssessmentFiling filing = certificate.filing();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
      PdfFont font = CjkFonts.load(cjkFont);
      document.setFont(font).setFontSize(BODY_SIZE);
      String title = texts.label("training_certificate.title");
      document.getPdfDocument().getDocumentInfo().setTitle(title + " " + name);
      document.add(
          new Paragraph(title).setFontSize(TITLE_SIZE).setTextAlignment(TextAlignment.CENTER));
      document.add(
          new Paragraph(
                  texts.message(
                      "training_certificate.body",
                      name,
                      certificate.filing().getEnrolment().getEnterprise().getName(),
                      certificate.filing().getEnrolment().getCampaign().getTitle(),
                      certificate.positionName(),
                      String.valueOf(filing.getScore()),
                      String.valueOf(filing.getMaxScore())))
              .setMarginTop(24)
              .setMarginBottom(48));
      VerificationBlock.add(document, certificate.document(), verifyUrl, zone, texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The download's file name. */
  public String fileName(Certificate certificate, Locale locale) {
    return new PdfTexts(locale)
        .message(
            "training_certificate.fileName",
            certificate.filing().getEnrolment().getCampaign().getTitle(),
            certificate.document().getPerson().getName());
  }
}
