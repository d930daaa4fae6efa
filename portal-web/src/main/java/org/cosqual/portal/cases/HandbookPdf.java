package org.cosqual.portal.cases;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookChapter;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.text.PlainText;
import org.cosqual.portal.pdf.CjkFonts;
import org.cosqual.portal.pdf.PdfTexts;
import org.cosqual.portal.shell.DisplayZone;

/**
 * A version of a handbook as a PDF: a cover (title, type, version, date, source), the table of
 * contents with each chapter's page, the chapters and sections, a bookmark per chapter (with its
 * sections beneath) and the page number on every page after the cover.
 */
@Dependent
public class HandbookPdf {

  private static final float TITLE_SIZE = 26;
  private static final float CHAPTER_SIZE = 18;
  private static final float SECTION_SIZE = 14;
  private static final float BODY_SIZE = 11;
  private static final float FOOTER_SIZE = 9;
  private static final float MARGIN = 56;

  /** Lines of the table of contents one page holds; the contents get as many pages as needed. */
  private static final int CONTENTS_LINES_PER_PAGE = 30;

  private final ZoneId zone;
  private final Path cjkFont;

  @Inject
  public HandbookPdf(DisplayZone zone) {
    this(zone.get(), CjkFonts.NOTO_SANS_CJK);
  }

  public HandbookPdf(ZoneId zone, Path cjkFont) {
    this.zone = zone;
    this.cjkFont = cjkFont;
  }

  /** Where a chapter starts: its title, page and bookmark. */
  private record Placed(String title, int page, List<Placed> sections) {}

  public byte[] render(ItemVersion version, Locale locale) {
    PdfTexts texts = new PdfTexts(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        Document document = new Document(pdf, PageSize.A4, false)) {
      PdfFont font = CjkFonts.load(cjkFont);
      document.setFont(font).setFontSize(BODY_SIZE);
      document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
      pdf.getDocumentInfo().setTitle(version.getTitle());
      cover(document, version, texts);
      int contentsPages =
          Math.max(1, ceilDiv(version.getChapters().size(), CONTENTS_LINES_PER_PAGE));
      for (int i = 0; i < contentsPages; i++) {
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
      }
      List<Placed> chapters = chapters(document, version);
      contents(pdf, font, chapters, contentsPages, texts);
      bookmarks(pdf, chapters);
      pageNumbers(document, pdf.getNumberOfPages(), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The download's file name. */
  public String fileName(ItemVersion version, Locale locale) {
    return new PdfTexts(locale)
        .message("cases_handbookPdf.fileName", version.getTitle(), version.getNumber());
  }

  private void cover(Document document, ItemVersion version, PdfTexts texts) {
    ContentItem item = version.getItem();
    document.add(
        new Paragraph(version.getTitle())
            .setFontSize(TITLE_SIZE)
            .setTextAlignment(TextAlignment.CENTER)
            .setMarginTop(180));
    document.add(
        new Paragraph(texts.label(item.getHandbookType()))
            .setFontSize(SECTION_SIZE)
            .setTextAlignment(TextAlignment.CENTER));
    List<String> lines = new ArrayList<>();
    lines.add(texts.message("cases_handbookPdf.version", version.getNumber()));
    if (version.getPublishedAt() != null) {
      lines.add(
          texts.message(
              "cases_handbookPdf.published",
              texts.date(LocalDate.ofInstant(version.getPublishedAt(), zone))));
    }
    lines.add(texts.message("cases_handbookPdf.source", item.getSourceName()));
    if (version.getChangeSummary() != null) {
      lines.add(texts.message("cases_handbookPdf.changes", version.getChangeSummary()));
    }
    Paragraph facts =
        new Paragraph(String.join("\n", lines)).setTextAlignment(TextAlignment.CENTER);
    document.add(facts.setMarginTop(120));
  }

  private static List<Placed> chapters(Document document, ItemVersion version) {
    List<Placed> placed = new ArrayList<>();
    for (HandbookChapter chapter : version.getChapters()) {
      document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
      document.add(new Paragraph(chapter.getTitle()).setFontSize(CHAPTER_SIZE).setMarginBottom(12));
      int chapterPage = currentPage(document);
      List<Placed> sections = new ArrayList<>();
      for (HandbookSection section : chapter.getSections()) {
        document.add(new Paragraph(section.getTitle()).setFontSize(SECTION_SIZE).setMarginTop(10));
        sections.add(new Placed(section.getTitle(), currentPage(document), List.of()));
        for (String line : PlainText.of(section.getBody()).split("\n")) {
          document.add(new Paragraph(line).setFirstLineIndent(2 * BODY_SIZE));
        }
      }
      placed.add(new Placed(chapter.getTitle(), chapterPage, sections));
    }
    return placed;
  }

  private static int currentPage(Document document) {
    return document.getRenderer().getCurrentArea().getPageNumber();
  }

  /** Written onto the pages kept free after the cover, now that the chapters' pages are known. */
  private static void contents(
      PdfDocument pdf, PdfFont font, List<Placed> chapters, int pages, PdfTexts texts) {
    Rectangle area =
        pdf.getDefaultPageSize().clone().applyMargins(MARGIN, MARGIN, MARGIN, MARGIN, false);
    for (int page = 0; page < pages; page++) {
      try (Canvas canvas = new Canvas(new PdfCanvas(pdf.getPage(2 + page)), area)) {
        canvas.setFont(font).setFontSize(BODY_SIZE);
        if (page == 0) {
          canvas.add(
              new Paragraph(texts.label("cases_handbookPdf.contents"))
                  .setFontSize(CHAPTER_SIZE)
                  .setTextAlignment(TextAlignment.CENTER));
        }
        int from = page * CONTENTS_LINES_PER_PAGE;
        for (Placed chapter :
            chapters.subList(from, Math.min(chapters.size(), from + CONTENTS_LINES_PER_PAGE))) {
          canvas.add(
              new Paragraph()
                  .addTabStops(new TabStop(area.getWidth(), TabAlignment.RIGHT))
                  .add(chapter.title())
                  .add(new Tab())
                  .add(String.valueOf(chapter.page())));
        }
      }
    }
  }

  private static void bookmarks(PdfDocument pdf, List<Placed> chapters) {
    PdfOutline root = pdf.getOutlines(false);
    for (Placed chapter : chapters) {
      PdfOutline outline = root.addOutline(chapter.title());
      outline.addDestination(PdfExplicitDestination.createFit(pdf.getPage(chapter.page())));
      for (Placed section : chapter.sections()) {
        outline
            .addOutline(section.title())
            .addDestination(PdfExplicitDestination.createFit(pdf.getPage(section.page())));
      }
    }
  }

  private static void pageNumbers(Document document, int pages, PdfTexts texts) {
    float x = PageSize.A4.getWidth() / 2;
    for (int page = 2; page <= pages; page++) {
      document.showTextAligned(
          new Paragraph(texts.message("cases_handbookPdf.page", page, pages))
              .setFontSize(FOOTER_SIZE),
          x,
          MARGIN / 2,
          page,
          TextAlignment.CENTER,
          VerticalAlignment.BOTTOM,
          0);
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
