package org.cosqual.cases.domain.model.item;

import static org.cosqual.cases.domain.model.item.Items.ASSOCIATION;
import static org.cosqual.cases.domain.model.item.Items.AT;
import static org.cosqual.cases.domain.model.item.Items.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ContentItemTest {

  private static final java.time.Instant LATER = AT.plusSeconds(3600);

  @Test
  void anAssociationsItemIsPublishedOnlyThroughReview() {
    ContentItem item = Items.benchmarkCase(ASSOCIATION);
    assertEquals(ItemStatus.DRAFT, item.getStatus());
    assertEquals(SourceKind.ASSOCIATION, item.getSourceKind());
    assertEquals("error.item.reviewFirst", refusal(() -> item.publish(AT)));

    assertEquals(ReviewAction.SUBMITTED, item.submit("editor", AT, null).action());
    assertEquals(ItemStatus.IN_REVIEW, item.getStatus());
    assertEquals("error.item.inReview", refusal(() -> item.revise(content("改"), null, "e", AT)));

    assertEquals(ReviewAction.RETURNED, item.returnForCorrection("provadmin", AT, "补充").action());
    assertEquals(ItemStatus.DRAFT, item.getStatus());
    item.revise(content("修订后的标题"), null, "editor", AT);
    assertEquals(1, item.getVersions().size(), "a draft is corrected in place");
    assertEquals(ReviewAction.RESUBMITTED, item.submit("editor", AT, null).action());

    item.approve("provadmin", LATER, "同意");
    assertTrue(item.isPublished());
    assertEquals(1, item.getPublishedNumber());
    assertEquals("修订后的标题", item.getPublishedVersion().orElseThrow().getTitle());
    assertEquals(LATER, item.getFirstPublishedAt());
  }

  @Test
  void editingAPublishedItemStartsTheNextVersionAndReadersKeepTheLastPublishedOne() {
    ContentItem item = Items.benchmarkCase(UNIT);
    item.publish(AT);
    assertEquals("error.item.nothingToPublish", refusal(() -> item.publish(AT)));

    ItemVersion second = item.revise(content("第二版标题"), "更新了数据", "provadmin", LATER);
    assertEquals(2, second.getNumber());
    assertEquals("更新了数据", second.getChangeSummary());
    assertEquals(ItemStatus.PUBLISHED, item.getStatus(), "readers still have the first version");
    assertEquals("质量安全负责人履职经验", item.getPublishedVersion().orElseThrow().getTitle());

    item.revise(content("第二版标题（改）"), "更新了数据", "provadmin", LATER);
    assertEquals(2, item.getVersions().size(), "the unpublished version changes in place");

    item.submit("inspector", LATER, null);
    item.approve("provadmin", LATER, null);
    assertEquals(2, item.getPublishedNumber());
    assertEquals("第二版标题（改）", item.getPublishedVersion().orElseThrow().getTitle());
    assertEquals(AT, item.getFirstPublishedAt(), "the first publication stays the item's date");
    assertEquals("质量安全负责人履职经验", item.findVersion(1).orElseThrow().getTitle(), "versions are kept");
  }

  @Test
  void anArchivedItemNoLongerChanges() {
    ContentItem item = Items.benchmarkCase(UNIT);
    assertEquals("error.item.notPublished", refusal(() -> item.archive(AT)));
    item.publish(AT);
    item.archive(LATER);
    assertEquals(ItemStatus.ARCHIVED, item.getStatus());
    assertFalse(item.isPublished());
    assertEquals("error.item.archived", refusal(() -> item.revise(content("x"), null, "a", AT)));
    assertEquals("error.item.archived", refusal(() -> item.submit("a", AT, null)));
  }

  @Test
  void aSecondDecisionOnTheSameReviewIsRefused() {
    ContentItem item = Items.benchmarkCase(ASSOCIATION);
    item.submit("editor", AT, null);
    item.approve("provadmin", AT, null);
    assertEquals("error.review.notPending", refusal(() -> item.approve("cityadmin", AT, null)));
    assertEquals("error.review.notPending", refusal(() -> item.returnForCorrection("c", AT, "x")));
  }

  @Test
  void attachingToAPublishedItemStartsTheNextVersionWhichKeepsTheEarlierAttachments() {
    ContentItem item = Items.benchmarkCase(UNIT);
    item.attach(new Attachment(7, true), "provadmin", AT);
    item.publish(AT);
    ItemVersion next = item.attach(new Attachment(8, false), "provadmin", LATER);
    assertEquals(2, next.getNumber());
    assertEquals(
        List.of(7L, 8L), next.getAttachments().stream().map(Attachment::getFileId).toList());
    assertEquals(1, item.getPublishedVersion().orElseThrow().getAttachments().size());
  }

  @Test
  void eachKindNeedsItsOwnContent() {
    assertEquals(
        "error.field.required",
        refusal(() -> ContentItem.draft(ItemKind.QA_ENTRY, null, UNIT, content(""), "a", AT)));
    assertEquals(
        "error.handbook.noChapters",
        refusal(
            () ->
                ContentItem.draft(
                    ItemKind.HANDBOOK, HandbookType.GUIDE, UNIT, content("手册"), "a", AT)));
    assertEquals(
        "error.handbook.emptyChapter",
        refusal(() -> Items.handbook(List.of(new ItemContent.Chapter("第一章", List.of())))));
    ItemContent list =
        ItemContent.of("2026年第一季度共性问题清单", null, null, Visibility.ENTERPRISES)
            .withProblems("2026年第一季度", List.of());
    assertEquals(
        "error.commonProblems.empty",
        refusal(() -> ContentItem.draft(ItemKind.COMMON_PROBLEMS, null, UNIT, list, "a", AT)));
    assertEquals(
        "error.field.notNegative",
        refusal(
            () ->
                ContentItem.draft(
                    ItemKind.COMMON_PROBLEMS,
                    null,
                    UNIT,
                    list.withProblems(
                        "2026年第一季度",
                        List.of(
                            new CommonProblem("文件不全", "QUALITY_DOCUMENTS", -1, null, null, null))),
                    "a",
                    AT)));
  }

  @Test
  void aCommonProblemListKeepsItsProblemsInOrderAndAnAnonymisedCaseHidesTheEnterprise() {
    CommonProblem first =
        new CommonProblem("文件不全", "QUALITY_DOCUMENTS", 12, "补齐", LocalDate.of(2026, 6, 30), null);
    CommonProblem second =
        new CommonProblem("放行记录缺失", "PRODUCT_RELEASE", 3, null, null, ProblemStatus.RESOLVED);
    ContentItem list =
        ContentItem.draft(
            ItemKind.COMMON_PROBLEMS,
            null,
            UNIT,
            ItemContent.of("共性问题清单", null, null, Visibility.REGULATORS)
                .withProblems("2026年第一季度", List.of(first, second)),
            "provadmin",
            AT);
    List<CommonProblem> problems = list.getWorkingVersion().getProblems();
    assertEquals(
        List.of("文件不全", "放行记录缺失"), problems.stream().map(CommonProblem::getProblem).toList());
    assertEquals(ProblemStatus.OPEN, problems.get(0).getStatus());

    CaseParticulars particulars =
        new CaseParticulars(
            "某化妆品有限公司", null, true, "未按规定放行", "《化妆品监督管理条例》", "<p>罚款</p>", null, null);
    ContentItem typical =
        ContentItem.draft(
            ItemKind.TYPICAL_CASE,
            null,
            UNIT,
            content("典型案例").withParticulars(particulars),
            "inspector",
            AT);
    CaseParticulars kept = typical.getWorkingVersion().getParticulars();
    assertEquals("某化妆品有限公司", kept.getEnterpriseName());
    assertEquals(null, kept.getEnterpriseNameShown());
  }

  @Test
  void anEnterpriseCannotOwnContentAndAHandbookNeedsItsType() {
    var enterprise =
        new org.cosqual.personnel.domain.model.organisation.Organisation(
            "E1",
            "企业",
            org.cosqual.personnel.domain.model.organisation.OrganisationKind.ENTERPRISE,
            Items.PROVINCE);
    assertEquals(
        "error.item.ownerKind",
        refusal(
            () ->
                ContentItem.draft(
                    ItemKind.BENCHMARK_CASE, null, enterprise, content("x"), "a", AT)));
    assertEquals(
        "error.field.required",
        refusal(() -> ContentItem.draft(ItemKind.HANDBOOK, null, UNIT, content("x"), "a", AT)));
  }

  @Test
  void revisingADraftHandbookRewritesItsChaptersInPlace() {
    ContentItem item =
        Items.handbook(
            List.of(
                Items.chapter("总则", "适用范围", "<p>甲</p>"), Items.chapter("附则", "术语", "<p>乙</p>")));
    HandbookChapter first = item.getWorkingVersion().getChapters().get(0);
    ItemContent revised =
        ItemContent.of("化妆品生产质量管理规范指南", null, null, Visibility.PUBLIC)
            .withChapters(List.of(Items.chapter("自查要点", "关键岗位", "<p>丙</p>")));

    item.revise(revised, null, "provadmin", LATER);

    List<HandbookChapter> chapters = item.getWorkingVersion().getChapters();
    assertEquals(1, chapters.size());
    assertTrue(first == chapters.get(0), "the row at position 0 is kept, not inserted anew");
    assertEquals("自查要点", first.getTitle());
    assertEquals("关键岗位", first.getSections().get(0).getTitle());
  }

  private static ItemContent content(String title) {
    return Items.caseContent(title, title.isEmpty() ? "" : "<p>" + title + "</p>");
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }
}
