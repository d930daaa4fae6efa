package org.cosqual.portal.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cosqual.personnel.domain.model.document.IssuedDocument;

/**
 * The foot of every issued document: the issuing unit and date on the right, the QR code of the
 * public verification address and the code with the address beneath.
 */
public final class VerificationBlock {

  private static final float QR_SIZE = 96;

  private VerificationBlock() {}

  /**
   * @param verifyUrl the address of the document's public verification page
   */
  public static void add(
      Document document, IssuedDocument issued, String verifyUrl, ZoneId zone, PdfTexts texts) {
    LocalDate issuedOn = LocalDate.ofInstant(issued.getIssuedAt(), zone);
    document.add(
        new Paragraph(
                texts.message("training_transcript.issuer", issued.getIssuer())
                    + "\n"
                    + texts.message("training_transcript.date", texts.date(issuedOn)))
            .setTextAlignment(TextAlignment.RIGHT));
    document.add(
        new Image(new BarcodeQRCode(verifyUrl).createFormXObject(document.getPdfDocument()))
            .setWidth(QR_SIZE)
            .setHeight(QR_SIZE));
    document.add(
        new Paragraph(
            texts.message("training_transcript.verify", issued.getGroupedCode(), verifyUrl)));
  }
}
