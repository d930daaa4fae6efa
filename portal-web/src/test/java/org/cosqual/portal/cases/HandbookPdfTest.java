package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.portal.it.TestPdfs;
import org.cosqual.portal.pdf.CjkFonts;
import org.junit.jupiter.api.Test;

/** The handbook read back: cover, contents with pages, chapters, bookmarks and page numbers. */
class HandbookPdfTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
  private static final Path MISSING_FONT = Path.of("target", "no-such-font.ttc");

  @Test
  void chaptersAreInTheContentsAndBookmarkedWithTheirSectionsAndPagesAreNumbered()
      throws IOException {
    ItemVersion version = handbook(6);
    for (Path font : List.of(CjkFonts.NOTO_SANS_CJK, MISSING_FONT)) {
      byte[] pdf = new HandbookPdf(ZoneId.of("Asia/Shanghai"), font).render(version, Locale.CHINA);
      String text = TestPdfs.text(pdf);
      assertTrue(text.contains("化妆品生产质量管理指南"), text);
      assertTrue(text.contains("目录"), text);
      assertTrue(text.contains("第 1 版"), text);
      assertTrue(text.contains("宁夏化妆品行业协会"), text);
      for (int chapter = 1; chapter <= 6; chapter++) {
        assertTrue(text.contains("第" + chapter + "章 要求"), text);
      }
      try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
        List<PdfOutline> outlines = read.getOutlines(false).getAllChildren();
        assertEquals(
            List.of("第1章 要求", "第2章 要求", "第3章 要求", "第4章 要求", "第5章 要求", "第6章 要求"),
            outlines.stream().map(PdfOutline::getTitle).toList());
        assertEquals(
            List.of("第一节 人员", "第二节 文件"),
            outlines.get(0).getAllChildren().stream().map(PdfOutline::getTitle).toList());
        int pages = read.getNumberOfPages();
        assertTrue(pages >= 8, "cover, contents and a page per chapter at least: " + pages);
        String lastPage = PdfTextExtractor.getTextFromPage(read.getPage(pages));
        assertTrue(lastPage.contains("第 " + pages + " 页 共 " + pages + " 页"), lastPage);
        String contents = PdfTextExtractor.getTextFromPage(read.getPage(2));
        assertTrue(contents.contains("第1章 要求"), contents);
        String third = PdfTextExtractor.getTextFromPage(read.getPage(3));
        assertTrue(third.contains("第1章 要求"), "chapter 1 starts on page 3: " + third);
        assertTrue(contents.contains("第1章 要求 3") || contents.contains("第1章 要求3"), contents);
      }
    }
  }

  @Test
  void englishLabels() {
    String text =
        TestPdfs.text(
            new HandbookPdf(ZoneId.of("Asia/Shanghai"), MISSING_FONT)
                .render(handbook(1), Locale.ENGLISH));
    assertTrue(text.contains("Contents"), text);
    assertTrue(text.contains("Version 1"), text);
  }

  private static ItemVersion handbook(int chapters) {
    Organisation association =
        new Organisation(
            "NX-ASSOC",
            "宁夏化妆品行业协会",
            OrganisationKind.ASSOCIATION,
            JurisdictionNode.province("640000", "宁夏"));
    List<ItemContent.Chapter> written = new ArrayList<>();
    for (int chapter = 1; chapter <= chapters; chapter++) {
      written.add(
          new ItemContent.Chapter(
              "第" + chapter + "章 要求",
              List.of(
                  new HandbookSection("第一节 人员", "<p>企业应当设质量安全负责人。</p>".repeat(20)),
                  new HandbookSection("第二节 文件", "<p>记录应当真实、完整。</p>"))));
    }
    ContentItem item =
        ContentItem.draft(
            ItemKind.HANDBOOK,
            HandbookType.GUIDE,
            association,
            ItemContent.of("化妆品生产质量管理指南", null, null, Visibility.PUBLIC).withChapters(written),
            "editor",
            AT);
    item.submit("editor", AT, null);
    item.approve("provadmin", AT, null);
    return item.getPublishedVersion().orElseThrow();
  }
}
