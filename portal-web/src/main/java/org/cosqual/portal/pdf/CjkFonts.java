package org.cosqual.portal.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Chinese font of the portal's PDFs (archive cards, transcripts, certificates). */
public final class CjkFonts {

  /** Debian's fonts-noto-cjk; embedded when present, so a PDF prints the same everywhere. */
  public static final Path NOTO_SANS_CJK =
      Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

  /** Noto Sans CJK SC in the collection (JP, KR, SC, TC, HK). */
  private static final int SIMPLIFIED_CHINESE = 2;

  /** font-asian's CJK font; not embedded, the viewer supplies it. */
  private static final String FALLBACK_FONT = "STSong-Light";

  private static final String FALLBACK_ENCODING = "UniGB-UCS2-H";

  private CjkFonts() {}

  /**
   * @param cjkFont a TrueType collection holding Noto Sans CJK SC at index 2; when the file is
   *     missing, font-asian's STSong-Light is used instead
   */
  public static PdfFont load(Path cjkFont) throws IOException {
    if (Files.isReadable(cjkFont)) {
      return PdfFontFactory.createTtcFont(
          cjkFont.toString(),
          SIMPLIFIED_CHINESE,
          PdfEncodings.IDENTITY_H,
          EmbeddingStrategy.FORCE_EMBEDDED,
          false);
    }
    return PdfFontFactory.createFont(FALLBACK_FONT, FALLBACK_ENCODING);
  }
}
