package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.SearchService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.CaseParticulars;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemStatus;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.VersionDiff;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.search.SearchHit;
import org.cosqual.cases.domain.model.search.SearchPage;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRepository.AuditQuery;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.cases.HandbookPdf;
import org.cosqual.portal.security.CurrentCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases and knowledge on real MariaDB: who may see and move an item through review, search over
 * what is published, and the handbook as a PDF.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

  private static final String OFFICER = "质量安全负责人";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, CasesIT.class, InContainer.class, TestPdfs.class);
  }

  @Inject Acting acting;
  @Inject CurrentCaller caller;
  @Inject ContentService content;
  @Inject SearchService search;
  @Inject OrganisationService organisations;
  @Inject AuditTrail audit;
  @Inject HandbookPdf handbookPdf;

  @Test
  void anEditorCannotPublishNorSeeAnotherAssociationsDraftsAndThePublicNeverSeesADraft() {
    acting.as("editor");
    ContentItem draft =
        content.draftItem(
            ItemKind.TYPICAL_CASE,
            null,
            typicalCase("某企业未按规定履行产品放行义务案（IT）")
                .withParticulars(
                    new CaseParticulars(
                        "宁夏某化妆品有限公司",
                        null,
                        true,
                        "未按规定放行",
                        "《化妆品生产质量管理规范》第五十五条",
                        "<p>责令改正并处罚款。</p>",
                        "<p>放行须由质量安全负责人批准。</p>",
                        null)));
    long id = draft.getId();
    assertThrows(
        AccessDeniedException.class,
        () -> content.publishItem(id, draft.getVersion()),
        "an editor does not publish");
    assertThrows(
        AccessDeniedException.class, () -> content.approveItem(id, draft.getVersion(), null));

    actAsEditorOfAnotherAssociation();
    assertThrows(NotFoundException.class, () -> content.getItem(id));
    assertThrows(
        NotFoundException.class,
        () -> content.reviseItem(id, draft.getVersion(), typicalCase("改"), null));
    assertTrue(content.findMyItems().stream().noneMatch(i -> i.getId() == id));

    acting.as("provadmin");
    assertThrows(
        NotFoundException.class,
        () -> content.getItem(id),
        "an association's draft is its own until submitted");

    actAsAnonymous();
    assertThrows(NotFoundException.class, () -> content.getItem(id));
    assertThrows(NotFoundException.class, () -> content.readItem(id));
    assertThrows(NotFoundException.class, () -> content.getVersion(id, 1));

    acting.as("editor");
    ContentItem submitted = content.submitItem(id, draft.getVersion(), "请审核");
    assertEquals(ItemStatus.IN_REVIEW, submitted.getStatus());
    actAsAnonymous();
    assertThrows(NotFoundException.class, () -> content.readItem(id), "in review is no draft less");

    acting.as("provadmin");
    assertTrue(content.findItemsInReview().stream().anyMatch(i -> i.getId() == id));
    ContentItem published = content.approveItem(id, submitted.getVersion(), "同意发布");
    assertEquals(ItemStatus.PUBLISHED, published.getStatus());

    acting.as("editor");
    content.reviseItem(id, published.getVersion(), typicalCase("某企业产品放行违法案（IT，第二版）"), "标题修订");

    actAsAnonymous();
    ItemVersion read = content.readItem(id);
    assertEquals(1, read.getNumber(), "readers keep the published version until v2 is published");
    assertEquals("某企业未按规定履行产品放行义务案（IT）", read.getTitle());
    assertEquals(null, read.getParticulars().getEnterpriseNameShown(), "anonymised");
    assertThrows(NotFoundException.class, () -> content.getVersion(id, 2));
    assertEquals(1, content.countView(id));
    assertEquals(2, content.countView(id));
    content.saveViewCounts();
    assertEquals(2, content.getItem(id).getViewCount());

    acting.as("provadmin");
    assertEquals(
        List.of(ReviewAction.SUBMITTED, ReviewAction.APPROVED),
        content.findReviewSteps(id).stream().map(ReviewStep::getAction).toList());
    acting.as("auditor");
    for (AuditAction action :
        List.of(
            AuditAction.CONTENT_DRAFTED,
            AuditAction.CONTENT_SUBMITTED,
            AuditAction.CONTENT_APPROVED,
            AuditAction.CONTENT_REVISED)) {
      assertTrue(
          audit.search(new AuditQuery(null, null, null, action, null), 0, 500).stream()
              .anyMatch(e -> ("content:" + id).equals(e.getTarget())),
          action + " audited");
    }
  }

  @Test
  void attachmentsAreCheckedByContentAndImagesShowOnlyFromTheItemsOwnUploads() throws IOException {
    acting.as("editor");
    ContentItem item = content.draftItem(ItemKind.BENCHMARK_CASE, null, typicalCase("附件测试（IT）"));
    ContentItem withPdf =
        content.attachFile(
            item.getId(),
            item.getVersion(),
            content
                .uploadAttachment(
                    "经验材料.pdf",
                    new ByteArrayInputStream(TestPdfs.pdf("cases-it-" + UUID.randomUUID())))
                .getId());
    assertEquals(
        "error.file.type",
        assertThrows(
                BusinessException.class,
                () ->
                    content.uploadAttachment(
                        "伪装.pdf", new ByteArrayInputStream("#!/bin/sh\necho hi\n".getBytes())))
            .getMessageKey());
    long png = content.uploadAttachment("现场.png", new ByteArrayInputStream(png())).getId();
    acting.as("inspector");
    assertThrows(
        NotFoundException.class,
        () -> content.attachFile(item.getId(), withPdf.getVersion(), png),
        "another organisation's item");
    acting.as("editor");
    ContentItem withImage = content.attachFile(item.getId(), withPdf.getVersion(), png);
    long imageId =
        withImage.getWorkingVersion().getAttachments().stream()
            .filter(a -> a.isImage())
            .findFirst()
            .orElseThrow()
            .getFileId();
    ContentItem revised =
        content.reviseItem(
            item.getId(),
            withImage.getVersion(),
            ItemContent.of(
                "附件测试（IT）",
                null,
                "<p>现场照片<img src=\"/public/attachments/"
                    + imageId
                    + "\" onerror=\"alert(1)\"><img src=\"https://evil.example/x.png\"></p>"
                    + "<script>alert(2)</script>",
                Visibility.PUBLIC),
            null);
    String body = revised.getWorkingVersion().getBody();
    assertTrue(body.contains("src=\"/public/attachments/" + imageId + "\""), body);
    assertFalse(
        body.contains("evil.example") || body.contains("onerror") || body.contains("<script"));

    actAsAnonymous();
    assertThrows(NotFoundException.class, () -> content.getAttachment(imageId));
    acting.as("editor");
    assertEquals(imageId, content.getAttachment(imageId).getId());
  }

  @Test
  void searchFindsWhatIsPublishedAndVisibleATitleHitFirstAndArchivedItemsNoMore() {
    acting.as("provadmin");
    search.rebuildIndex();
    ContentItem inText =
        published(
            ItemContent.of(
                "企业年度质量管理自查报告编写要点（IT）",
                null,
                "<p>报告应当写明" + OFFICER + "的履职情况。</p>",
                Visibility.PUBLIC));
    ContentItem inTitle =
        published(
            ItemContent.of(OFFICER + "履职指引（IT）", null, "<p>企业应当配备必要的资源。</p>", Visibility.PUBLIC));
    ContentItem internal =
        published(
            ItemContent.of(
                "内部风险清单（IT）", null, "<p>部分企业" + OFFICER + "长期不在岗。</p>", Visibility.REGULATORS));

    actAsAnonymous();
    List<Long> found = everyHit(OFFICER);
    assertTrue(found.contains(inTitle.getId()) && found.contains(inText.getId()), found.toString());
    assertTrue(
        found.indexOf(inTitle.getId()) < found.indexOf(inText.getId()), "a title hit ranks first");
    assertFalse(found.contains(internal.getId()), "regulators only");
    SearchHit titleHit =
        search.search(OFFICER, Shelf.all(), 1).hits().stream()
            .filter(h -> h.itemId() == inTitle.getId())
            .findFirst()
            .orElseThrow();
    assertTrue(titleHit.titleHtml().contains("<mark>"), titleHit.titleHtml());

    acting.as("inspector");
    assertTrue(everyHit(OFFICER).contains(internal.getId()));

    acting.as("provadmin");
    content.archiveItem(inTitle.getId(), content.getItem(inTitle.getId()).getVersion());
    actAsAnonymous();
    assertFalse(everyHit(OFFICER).contains(inTitle.getId()));
    assertThrows(NotFoundException.class, () -> content.readItem(inTitle.getId()));

    assertEquals(
        "error.search.tooLong",
        assertThrows(
                BusinessException.class, () -> search.search("质".repeat(10_000), Shelf.all(), 1))
            .getMessageKey());
    assertEquals(
        "error.search.noWords",
        assertThrows(BusinessException.class, () -> search.search("！？。，、", Shelf.all(), 1))
            .getMessageKey());
    SearchPage beyond = search.search(OFFICER, Shelf.all(), 999);
    assertEquals(beyond.pageCount(), beyond.page(), "a page past the last is the last");
    assertTrue(
        content
            .findPublishedItems(new Shelf(ItemKind.BENCHMARK_CASE, null, null, null), 0, 50)
            .stream()
            .anyMatch(i -> i.getId().equals(inText.getId())));
  }

  @Test
  void listsAndSearchNarrowByTopicRegionWithTheRegionsWithinItAndYear() {
    acting.as("provadmin");
    ContentItem filed =
        published(
            ItemContent.of("银川市原料验收经验（IT）", null, "<p>原料验收留样。</p>", Visibility.PUBLIC)
                .withPlace("640100", Set.of("RAW_MATERIALS")));
    int year = filed.getFirstPublishedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    assertEquals(
        "error.item.unknownTerm",
        assertThrows(
                BusinessException.class,
                () ->
                    content.draftItem(
                        ItemKind.BENCHMARK_CASE,
                        null,
                        typicalCase("未知主题（IT）").withPlace(null, Set.of("NO_SUCH_TOPIC"))))
            .getMessageKey());

    actAsAnonymous();
    Shelf matching = new Shelf(null, "RAW_MATERIALS", "640100", year);
    assertTrue(
        content.findPublishedItems(matching, 0, 20).stream()
            .anyMatch(i -> i.getId().equals(filed.getId())));
    assertTrue(content.countPublishedItems(matching) >= 1);
    for (Shelf other :
        List.of(
            new Shelf(null, "PRODUCTION", null, null),
            new Shelf(null, null, "640200", null),
            new Shelf(null, null, null, year - 1),
            new Shelf(ItemKind.HANDBOOK, null, null, null))) {
      assertTrue(
          content.findPublishedItems(other, 0, 50).stream()
              .noneMatch(i -> i.getId().equals(filed.getId())),
          other.toString());
      assertFalse(ids(search.search("原料验收", other, 1)).contains(filed.getId()), other.toString());
    }
    assertTrue(ids(search.search("原料验收", matching, 1)).contains(filed.getId()));
    acting.as("editor");
    List<String> toWrite =
        content.findRegionsToWrite().stream().map(JurisdictionNode::getCode).toList();
    assertTrue(
        toWrite.containsAll(List.of("640000", "640100", "640104", "640200")),
        "a provincial association's editor files items under any region of the province");
    assertEquals("640000", toWrite.get(0), "in the order of the tree");
    assertTrue(
        toWrite.indexOf("640100") < toWrite.indexOf("640104")
            && toWrite.indexOf("640104") < toWrite.indexOf("640200"),
        toWrite.toString());
    actAsAnonymous();
    Shelf province = new Shelf(null, null, "640000", null);
    assertTrue(
        content.findPublishedItems(province, 0, 50).stream()
            .anyMatch(i -> i.getId().equals(filed.getId())),
        "the province's list holds its city's item");
    assertTrue(ids(search.search("原料验收", province, 1)).contains(filed.getId()));
    content.readItem(filed.getId());
    assertTrue(
        content.findMostRead(matching, 5).stream().anyMatch(i -> i.getId().equals(filed.getId())));
  }

  @Test
  void theHandbookPdfHasItsChapterTitlesAndABookmarkPerChapter() throws IOException {
    acting.as("provadmin");
    List<String> chapters = List.of("第一章 总则（IT）", "第二章 机构与人员（IT）", "第三章 质量保证与控制（IT）");
    ContentItem handbook =
        content.draftItem(
            ItemKind.HANDBOOK,
            HandbookType.COMPLIANCE_GUIDE,
            ItemContent.of("化妆品生产企业合规指引（IT）", null, null, Visibility.PUBLIC)
                .withChapters(
                    chapters.stream()
                        .map(
                            title ->
                                new ItemContent.Chapter(
                                    title,
                                    List.of(
                                        new HandbookSection(
                                            "一般要求", "<p>" + OFFICER + "应当独立履职。</p>"))))
                        .toList()));
    handbook = content.publishItem(handbook.getId(), handbook.getVersion());

    actAsAnonymous();
    byte[] pdf = handbookPdf.render(content.readItem(handbook.getId()), Locale.CHINA);
    String text = TestPdfs.text(pdf);
    chapters.forEach(title -> assertTrue(text.contains(title), title + " in " + text));
    try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(
          chapters,
          read.getOutlines(false).getAllChildren().stream().map(PdfOutline::getTitle).toList());
    }

    acting.as("provadmin");
    ContentItem current = content.getItem(handbook.getId());
    content.reviseItem(
        handbook.getId(),
        current.getVersion(),
        ItemContent.of("化妆品生产企业合规指引（IT）", null, null, Visibility.PUBLIC)
            .withChapters(
                List.of(
                    new ItemContent.Chapter(
                        chapters.get(0),
                        List.of(new HandbookSection("一般要求", "<p>" + OFFICER + "应当独立履职。</p>"))))),
        "精简为一章");
    List<VersionDiff.Part> diff = content.compareVersions(handbook.getId(), 1, 2);
    assertEquals(
        List.of(VersionDiff.Change.SAME, VersionDiff.Change.REMOVED, VersionDiff.Change.REMOVED),
        diff.stream().map(VersionDiff.Part::change).toList());
  }

  private ContentItem published(ItemContent written) {
    ContentItem item = content.draftItem(ItemKind.BENCHMARK_CASE, null, written);
    return content.publishItem(item.getId(), item.getVersion());
  }

  private static ItemContent typicalCase(String title) {
    return ItemContent.of(title, "摘要", "<p>经查，该企业未经质量安全负责人批准即放行产品。</p>", Visibility.PUBLIC);
  }

  /** The ids of the hits on every page: the demo items name 质量安全负责人 too. */
  private List<Long> everyHit(String words) {
    List<Long> found = new ArrayList<>();
    int pages = search.search(words, Shelf.all(), 1).pageCount();
    for (int page = 1; page <= pages; page++) {
      found.addAll(ids(search.search(words, Shelf.all(), page)));
    }
    return found;
  }

  private static List<Long> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::itemId).toList();
  }

  private void actAsAnonymous() {
    caller.actAs(CallerIdentity.anonymous("127.0.0.1"));
  }

  /** An editor of a second association, created for the test. */
  private void actAsEditorOfAnotherAssociation() {
    acting.asSystem();
    String code = "ASSOC-IT-" + UUID.randomUUID().toString().substring(0, 8);
    Organisation other =
        organisations.createOrganisation(
            code, "另一行业协会（IT）" + code, OrganisationKind.ASSOCIATION, "640000");
    caller.actAs(
        new CallerIdentity(
            null,
            "other-editor",
            Set.of(Role.ASSOCIATION_EDITOR),
            Role.ASSOCIATION_EDITOR.permissions(),
            other.getJurisdiction().getPath(),
            other.getId(),
            "127.0.0.1"));
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, (int) (Math.random() * 0xFFFFFF));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
