package org.cosqual.cases.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.search.IndexedItem;
import org.cosqual.cases.domain.model.search.SearchHit;
import org.cosqual.cases.domain.model.search.SearchPage;
import org.cosqual.cases.domain.model.search.SearchQuery;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final Set<Visibility> PUBLIC = EnumSet.of(Visibility.PUBLIC);

  @TempDir Path folder;
  private LuceneSearchIndex index;

  @BeforeEach
  void open() {
    index = new LuceneSearchIndex();
    index.location = () -> folder.resolve("index");
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aTitleHitRanksBeforeATextHitAndTheWordsFoundAreMarked() {
    assertFalse(index.isCurrent());
    index.put(item(1, "企业年度自查报告范例", "报告中应写明质量安全负责人的履职情况。", Visibility.PUBLIC));
    index.put(item(2, "质量安全负责人履职指南", "企业应当为其配备必要的资源。", Visibility.PUBLIC));
    index.put(item(3, "化妆品标签管理", "标签应当真实。", Visibility.PUBLIC));
    assertTrue(index.isCurrent());

    SearchPage page = index.search(query("质量安全负责人", 1, PUBLIC));

    assertEquals(List.of(2L, 1L), page.hits().stream().map(SearchHit::itemId).toList());
    assertTrue(page.hits().get(0).titleHtml().contains("<mark>"), page.hits().get(0).titleHtml());
    assertTrue(
        page.hits().get(1).snippetHtml().contains("<mark>"), page.hits().get(1).snippetHtml());
  }

  @Test
  void readersFindOnlyWhatTheyMaySeeAndFiltersNarrow() {
    index.put(item(1, "关键岗位履职", "内部风险清单", Visibility.REGULATORS));
    index.put(item(2, "关键岗位培训", "面向企业", Visibility.ENTERPRISES));
    index.put(item(3, "关键岗位公开课", "面向公众", Visibility.PUBLIC));

    assertEquals(List.of(3L), ids(index.search(query("关键岗位", 1, PUBLIC))));
    assertEquals(
        Set.of(1L, 2L, 3L),
        Set.copyOf(ids(index.search(query("关键岗位", 1, EnumSet.allOf(Visibility.class))))));
    SearchQuery handbooks =
        new SearchQuery(
            "关键岗位", ItemKind.HANDBOOK, null, null, null, 1, 10, EnumSet.allOf(Visibility.class));
    assertEquals(List.of(), ids(index.search(handbooks)));
    SearchQuery otherYear =
        new SearchQuery("关键岗位", null, null, null, 2025, 1, 10, EnumSet.allOf(Visibility.class));
    assertEquals(List.of(), ids(index.search(otherYear)));
  }

  @Test
  void removedAndRebuiltItemsLeaveTheResults() {
    index.put(item(1, "产品放行", "放行前检验", Visibility.PUBLIC));
    index.put(item(2, "产品放行记录", "记录保存", Visibility.PUBLIC));
    index.remove(1);
    assertEquals(List.of(2L), ids(index.search(query("放行", 1, PUBLIC))));
    index.rebuild(add -> add.accept(item(5, "原料管理", "原料放行", Visibility.PUBLIC)));
    assertEquals(List.of(5L), ids(index.search(query("放行", 1, PUBLIC))));
  }

  @Test
  void aPageBeyondTheLastIsTheLastAndPunctuationAloneIsRefused() {
    for (long id = 1; id <= 12; id++) {
      index.put(item(id, "委托生产第" + id + "号", "委托生产管理", Visibility.PUBLIC));
    }
    SearchPage last = index.search(query("委托生产", 99, PUBLIC));
    assertEquals(2, last.page());
    assertEquals(12, last.total());
    assertEquals(2, last.hits().size());
    assertEquals(1, index.search(query("委托生产", -3, PUBLIC)).page());
    assertEquals(0, index.search(query("不存在的词语", 1, PUBLIC)).total());
    assertEquals(
        "error.search.noWords",
        assertThrows(BusinessException.class, () -> index.search(query("！？。，…", 1, PUBLIC)))
            .getMessageKey());
  }

  @Test
  void markupInTheTextIsEscapedInHighlights() {
    index.put(item(1, "<b>标签</b>管理", "标签上写着 <script>alert(1)</script>", Visibility.PUBLIC));
    SearchHit hit = index.search(query("标签", 1, PUBLIC)).hits().get(0);
    assertFalse(hit.titleHtml().contains("<b>"), hit.titleHtml());
    assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml());
  }

  @Test
  void aSnippetIsThePassageWithTheWordsAndATextWithoutThemShowsItsBeginning() {
    String filler = "企业应当建立并执行原料验收制度，保存验收记录。".repeat(20);
    index.put(item(1, "年度报告", filler + "质量安全负责人应当每年接受培训。" + filler, Visibility.PUBLIC));
    index.put(item(2, "质量安全负责人", filler, Visibility.PUBLIC));

    List<SearchHit> hits = index.search(query("质量安全负责人", 1, PUBLIC)).hits();

    SearchHit inText = hits.stream().filter(h -> h.itemId() == 1).findFirst().orElseThrow();
    assertTrue(inText.snippetHtml().contains("<mark>质量</mark>"), inText.snippetHtml());
    assertTrue(inText.snippetHtml().length() < 400, inText.snippetHtml());
    SearchHit inTitle = hits.stream().filter(h -> h.itemId() == 2).findFirst().orElseThrow();
    assertEquals("<mark>质量</mark><mark>安全</mark><mark>负责人</mark>", inTitle.titleHtml());
    assertTrue(inTitle.snippetHtml().startsWith("企业应当建立"), inTitle.snippetHtml());
    assertFalse(inTitle.snippetHtml().contains("<mark>"), inTitle.snippetHtml());
  }

  @Test
  void anIndexOfAnEarlierFormIsNotCurrentUntilRebuilt() throws IOException {
    try (Directory directory = FSDirectory.open(folder.resolve("index"));
        IndexWriter earlier = new IndexWriter(directory, new IndexWriterConfig())) {
      Document document = new Document();
      document.add(new StringField(LuceneSearchIndex.ID, "1", Field.Store.YES));
      document.add(new TextField(LuceneSearchIndex.TITLE, "产品放行", Field.Store.YES));
      earlier.addDocument(document);
      earlier.commit();
    }
    assertFalse(index.isCurrent());

    index.rebuild(add -> add.accept(item(5, "产品放行", "放行前检验", Visibility.PUBLIC)));

    assertTrue(index.isCurrent());
    SearchHit hit = index.search(query("放行", 1, PUBLIC)).hits().get(0);
    assertEquals(5L, hit.itemId());
    assertEquals("产品<mark>放行</mark>", hit.titleHtml());
  }

  private static List<Long> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::itemId).toList();
  }

  private static SearchQuery query(String text, int page, Set<Visibility> visible) {
    return new SearchQuery(text, null, null, null, null, page, 10, visible);
  }

  private static IndexedItem item(long id, String title, String text, Visibility visibility) {
    return new IndexedItem(
        id, ItemKind.BENCHMARK_CASE, visibility, title, text, Set.of(), null, 2026, AT);
  }
}
