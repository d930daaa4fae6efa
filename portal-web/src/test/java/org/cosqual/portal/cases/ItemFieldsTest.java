package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ProblemStatus;
import org.cosqual.cases.domain.model.item.Visibility;
import org.junit.jupiter.api.Test;

class ItemFieldsTest {

  @Test
  void chaptersAndSectionsMoveByOneAndStayPutAtEitherEnd() {
    ItemFields fields = handbook("一", "二", "三");

    fields.moveChapterUp(2);
    assertEquals(List.of("一", "三", "二"), chapterTitles(fields));
    fields.moveChapterDown(0);
    assertEquals(List.of("三", "一", "二"), chapterTitles(fields));
    fields.moveChapterUp(0);
    fields.moveChapterDown(2);
    assertEquals(List.of("三", "一", "二"), chapterTitles(fields));

    ChapterRow chapter = fields.getChapters().get(0);
    chapter.getSections().get(0).setTitle("甲");
    chapter.addSection();
    chapter.getSections().get(1).setTitle("乙");
    chapter.moveSectionDown(0);
    assertEquals("乙", chapter.getSections().get(0).getTitle());
    chapter.removeSection(0);
    assertEquals("甲", chapter.getSections().get(0).getTitle());
  }

  @Test
  void aHandbooksContentHasItsChaptersInTheFormsOrder() {
    ItemFields fields = handbook("总则", "附则");
    fields.setTitle("生产质量管理规范指南");
    fields.moveChapterDown(0);

    ItemContent content = fields.toContent(ItemKind.HANDBOOK);

    assertEquals("生产质量管理规范指南", content.title());
    assertEquals(List.of("附则", "总则"), content.chapters().stream().map(c -> c.title()).toList());
    assertEquals("附则·正文", content.chapters().get(0).sections().get(0).getBody());
    assertNull(content.particulars(), "a handbook has no case particulars");
  }

  @Test
  void aTypicalCaseCarriesItsParticularsAndABenchmarkCaseOnlyTheEnterprise() {
    ItemFields fields = ItemFields.blank(ItemKind.TYPICAL_CASE);
    fields.setTitle("某企业未履行质量安全负责人职责案");
    fields.setBody("<p>案情</p>");
    fields.setViolationType("未按规定履职");
    fields.setLegalBasis("《化妆品监督管理条例》第六十条");
    fields.setHandling("罚款");
    fields.setLessons("警示");
    fields.setEnterpriseName("某化妆品公司");
    fields.setAnonymised(true);
    fields.setTopics(List.of("KEY_STAFF_DUTIES"));
    fields.setRegionCode(" ");

    ItemContent typical = fields.toContent(ItemKind.TYPICAL_CASE);
    assertEquals("未按规定履职", typical.particulars().getViolationType());
    assertEquals("罚款", typical.particulars().getHandling());
    assertTrue(typical.particulars().isAnonymised());
    assertEquals(java.util.Set.of("KEY_STAFF_DUTIES"), typical.topics());
    assertNull(typical.regionCode(), "a blank region means the whole province");
    assertEquals(Visibility.PUBLIC, typical.visibility());

    ItemContent benchmark = fields.toContent(ItemKind.BENCHMARK_CASE);
    assertEquals("某化妆品公司", benchmark.particulars().getEnterpriseName());
    assertNull(benchmark.particulars().getViolationType());
    assertNull(benchmark.particulars().getHandling());
  }

  @Test
  void aQaEntryKeepsItsReferencesAndHandbookAndAProblemListItsLines() {
    ItemFields fields = ItemFields.blank(ItemKind.QA_ENTRY);
    fields.setLegalBasis("《化妆品生产质量管理规范》第十条");
    fields.setQaHandbookId(7L);
    ItemContent qa = fields.toContent(ItemKind.QA_ENTRY);
    assertEquals("《化妆品生产质量管理规范》第十条", qa.particulars().getLegalBasis());
    assertEquals(7L, qa.qaHandbookId());

    ItemFields list = ItemFields.blank(ItemKind.COMMON_PROBLEMS);
    list.setPeriod("2026年第一季度");
    ProblemRow row = list.getProblems().get(0);
    row.setProblem("物料放行记录不全");
    row.setCategoryCode("PRODUCT_RELEASE");
    row.setEnterpriseCount(12);
    list.addProblem();
    list.removeProblem(1);
    ItemContent problems = list.toContent(ItemKind.COMMON_PROBLEMS);
    assertEquals("2026年第一季度", problems.period());
    assertEquals(1, problems.problems().size());
    assertEquals(12, problems.problems().get(0).getEnterpriseCount());
    assertEquals(ProblemStatus.OPEN, problems.problems().get(0).getStatus());
    assertTrue(problems.chapters().isEmpty());
  }

  private static ItemFields handbook(String... chapterTitles) {
    ItemFields fields = ItemFields.blank(ItemKind.HANDBOOK);
    for (int i = 1; i < chapterTitles.length; i++) {
      fields.addChapter();
    }
    for (int i = 0; i < chapterTitles.length; i++) {
      ChapterRow chapter = fields.getChapters().get(i);
      chapter.setTitle(chapterTitles[i]);
      chapter.getSections().get(0).setTitle("第一节");
      chapter.getSections().get(0).setBody(chapterTitles[i] + "·正文");
    }
    return fields;
  }

  private static List<String> chapterTitles(ItemFields fields) {
    return fields.getChapters().stream().map(ChapterRow::getTitle).toList();
  }
}
