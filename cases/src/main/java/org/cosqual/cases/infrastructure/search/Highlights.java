package org.cosqual.cases.infrastructure.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words found in the titles and texts of a page of hits with {@code <mark>}, escaping
 * everything else, so the result is safe to show as HTML. The words are found from the offsets the
 * index keeps with them, so a hit's text is not analysed again.
 */
final class Highlights {

  private static final int SNIPPET_CHARS = 120;
  private static final int SNIPPETS = 2;
  private static final String GAP = " … ";

  /** Where in its passage a word found stands: a third of the way in. */
  private static final float MATCH_AT = 0.33f;

  /** How far into a text its best passages are looked for: a long handbook's end is not. */
  private static final int CHARS_ANALYSED = 20_000;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final List<String> words;

  /**
   * @param words the words to mark, as the analyser found them in the search (without its phrases:
   *     the words are what a reader looks for in a snippet)
   */
  Highlights(IndexSearcher searcher, Analyzer analyzer, List<String> words) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.words = words;
  }

  /** The hits' titles, whole, in the order of the hits. */
  String[] titles(TopDocs hits) throws IOException {
    return highlighter(WholeBreakIterator::new)
        .highlight(
            LuceneSearchIndex.TITLE,
            LuceneSearchIndex.anyOf(LuceneSearchIndex.TITLE, words),
            hits,
            1);
  }

  /** The best passages of each hit's text; its beginning when none holds a word found. */
  String[] snippets(TopDocs hits) throws IOException {
    return highlighter(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, MATCH_AT))
        .highlight(
            LuceneSearchIndex.TEXT,
            LuceneSearchIndex.anyOf(LuceneSearchIndex.TEXT, words),
            hits,
            SNIPPETS);
  }

  private UnifiedHighlighter highlighter(Supplier<BreakIterator> passages) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", GAP, true))
        .withBreakIterator(passages)
        .withMaxLength(CHARS_ANALYSED)
        .withMaxNoHighlightPassages(1)
        .build();
  }
}
