package org.cosqual.cases.infrastructure.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cosqual.cases.application.SearchIndexLocation;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.search.IndexedItem;
import org.cosqual.cases.domain.model.search.SearchHit;
import org.cosqual.cases.domain.model.search.SearchIndex;
import org.cosqual.cases.domain.model.search.SearchPage;
import org.cosqual.cases.domain.model.search.SearchQuery;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * One Lucene index in the configured folder, written by one long-lived writer and read through a
 * searcher refreshed after each commit. The title is searched with four times the weight of the
 * text, and a hit on the whole phrase counts more than its words scattered.
 */
@ApplicationScoped
public class LuceneSearchIndex implements SearchIndex {

  static final String ID = "id";
  static final String KIND = "kind";
  static final String VISIBILITY = "visibility";
  static final String TOPIC = "topic";
  static final String REGION = "region";
  static final String YEAR = "year";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String PUBLISHED_AT = "publishedAt";

  /**
   * What the index holds, written with every commit: an index of another format (one from before
   * the offsets were kept) is rebuilt at start-up.
   */
  static final String FORMAT_KEY = "cosqual.format";

  static final String FORMAT = "2";

  /** Title and text: stored, and with each word's offsets, which the highlights are read from. */
  private static final FieldType WORDS_WITH_OFFSETS = wordsWithOffsets();

  private static final Set<String> SHOWN_FIELDS = Set.of(ID, KIND, PUBLISHED_AT);

  private static final float TITLE_BOOST = 4f;
  private static final float PHRASE_BOOST = 2f;
  private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

  @Inject SearchIndexLocation location;

  private final Analyzer analyzer = new SmartChineseAnalyzer();
  private Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;

  @Override
  public synchronized void put(IndexedItem item) {
    try {
      writer().updateDocument(new Term(ID, Long.toString(item.id())), document(item));
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void remove(long itemId) {
    try {
      writer().deleteDocuments(new Term(ID, Long.toString(itemId)));
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void rebuild(Consumer<Consumer<IndexedItem>> source) {
    try {
      IndexWriter index = writer();
      index.deleteAll();
      source.accept(
          item -> {
            try {
              index.addDocument(document(item));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      commit();
    } catch (IOException | RuntimeException e) {
      rollBack();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  @Override
  public synchronized boolean isCurrent() {
    try {
      return Files.isDirectory(location.folder())
          && DirectoryReader.indexExists(directory())
          && FORMAT.equals(
              SegmentInfos.readLatestCommit(directory()).getUserData().get(FORMAT_KEY));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public SearchPage search(SearchQuery query) {
    List<String> words = words(query.text());
    if (words.isEmpty()) {
      throw new BusinessException("error.search.noWords");
    }
    Query matching = filtered(matching(words), query);
    try {
      SearcherManager manager = searchers();
      IndexSearcher searcher = manager.acquire();
      try {
        // One pass scores the page's hits and counts them all; a page past the last, asked for
        // rarely, takes a second pass for the last page.
        int asked = Math.max(1, query.page());
        TopDocs top = search(searcher, matching, asked, query.pageSize());
        long total = top.totalHits.value;
        int pages = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(asked, pages);
        if (page < asked) {
          top = search(searcher, matching, page, query.pageSize());
        }
        ScoreDoc[] docs = top.scoreDocs;
        TopDocs shown =
            new TopDocs(
                top.totalHits,
                Arrays.copyOfRange(
                    docs, Math.min(docs.length, (page - 1) * query.pageSize()), docs.length));
        Highlights highlights = new Highlights(searcher, analyzer, words);
        String[] titles = highlights.titles(shown);
        String[] snippets = highlights.snippets(shown);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < shown.scoreDocs.length; i++) {
          Document document = stored.document(shown.scoreDocs[i].doc, SHOWN_FIELDS);
          hits.add(
              new SearchHit(
                  Long.parseLong(document.get(ID)),
                  ItemKind.valueOf(document.get(KIND)),
                  Objects.requireNonNullElse(titles[i], ""),
                  Objects.requireNonNullElse(snippets[i], ""),
                  Instant.ofEpochMilli(
                      document.getField(PUBLISHED_AT).numericValue().longValue())));
        }
        return new SearchPage(hits, total, page, query.pageSize());
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hits up to the end of a page, with the exact number of all hits. */
  private static TopDocs search(IndexSearcher searcher, Query matching, int page, int pageSize)
      throws IOException {
    int wanted =
        (int)
            Math.min(
                (long) page * pageSize, Math.max(pageSize, searcher.getIndexReader().maxDoc()));
    return searcher.search(matching, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
  }

  /** Every word in the title or the text; the whole phrase in either ranks higher. */
  private static Query matching(List<String> words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : words) {
      query.add(
          new BooleanQuery.Builder()
              .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), Occur.SHOULD)
              .add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD)
              .build(),
          Occur.MUST);
    }
    if (words.size() > 1) {
      String[] terms = words.toArray(String[]::new);
      query.add(
          new BoostQuery(new PhraseQuery(TITLE, terms), TITLE_BOOST * PHRASE_BOOST), Occur.SHOULD);
      query.add(new BoostQuery(new PhraseQuery(TEXT, terms), PHRASE_BOOST), Occur.SHOULD);
    }
    return query.build();
  }

  /** The query narrowed to what the reader may see and to the filters, which do not score. */
  private static Query filtered(Query matching, SearchQuery query) {
    BooleanQuery.Builder filtered =
        new BooleanQuery.Builder()
            .add(matching, Occur.MUST)
            .add(
                anyOf(VISIBILITY, query.visibilities().stream().map(Visibility::name).toList()),
                Occur.FILTER);
    filter(filtered, KIND, query.kind() == null ? null : query.kind().name());
    filter(filtered, TOPIC, query.topic());
    if (query.regionCodes() != null) {
      filtered.add(anyOf(REGION, query.regionCodes()), Occur.FILTER);
    }
    filter(filtered, YEAR, query.year() == null ? null : query.year().toString());
    return filtered.build();
  }

  /** Any of the values in one field. */
  static Query anyOf(String field, Collection<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
    return any.build();
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** The words smartcn finds in the text, without punctuation and stop words. */
  private List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static Document document(IndexedItem item) {
    Document document = new Document();
    document.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
    document.add(new StringField(KIND, item.kind().name(), Field.Store.YES));
    document.add(new StringField(VISIBILITY, item.visibility().name(), Field.Store.NO));
    item.topics().forEach(t -> document.add(new StringField(TOPIC, t, Field.Store.NO)));
    if (item.regionCode() != null) {
      document.add(new StringField(REGION, item.regionCode(), Field.Store.NO));
    }
    document.add(new StringField(YEAR, Integer.toString(item.year()), Field.Store.NO));
    document.add(new Field(TITLE, item.title(), WORDS_WITH_OFFSETS));
    document.add(new Field(TEXT, item.text(), WORDS_WITH_OFFSETS));
    document.add(new StoredField(PUBLISHED_AT, item.publishedAt().toEpochMilli()));
    return document;
  }

  private static FieldType wordsWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private void commit() throws IOException {
    writer().setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    writer().commit();
    searchers().maybeRefreshBlocking();
  }

  private void rollBack() {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException e) {
      LOG.warning(() -> "Rolling back the search index failed: " + e);
    } finally {
      writer = null;
      searchers = null;
    }
  }

  private Directory directory() throws IOException {
    if (directory == null) {
      directory = FSDirectory.open(Files.createDirectories(location.folder()));
    }
    return directory;
  }

  private synchronized IndexWriter writer() throws IOException {
    if (writer == null || !writer.isOpen()) {
      writer = new IndexWriter(directory(), new IndexWriterConfig(analyzer));
    }
    return writer;
  }

  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) {
      searchers = new SearcherManager(writer(), null);
    }
    return searchers;
  }

  @PreDestroy
  synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.warning(() -> "Closing the search index failed: " + e);
    }
  }
}
