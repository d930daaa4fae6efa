package org.cosqual.cases.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Marks the words found in a hit's title and text with {@code <mark>}, escaping everything else, so
 * the result is safe to show as HTML.
 */
final class Highlights {

  private static final int SNIPPET_CHARS = 120;
  private static final int SNIPPETS = 2;
  private static final String GAP = " … ";

  /** How far into a text its best passages are looked for: a long handbook's end is not. */
  private static final int CHARS_ANALYSED = 20_000;

  private final Analyzer analyzer;
  private final Query titleWords;
  private final Query textWords;

  /**
   * @param titleWords the words to mark in a title
   * @param textWords the words to mark in a text
   */
  Highlights(Analyzer analyzer, Query titleWords, Query textWords) {
    this.analyzer = analyzer;
    this.titleWords = titleWords;
    this.textWords = textWords;
  }

  String title(String title) {
    String marked = best(titleWords, LuceneSearchIndex.TITLE, title, 1, Integer.MAX_VALUE);
    return marked.isEmpty() ? escaped(title) : marked;
  }

  /** The best passages of the text; its beginning when none holds a word found. */
  String snippet(String text) {
    String marked = best(textWords, LuceneSearchIndex.TEXT, text, SNIPPETS, SNIPPET_CHARS);
    if (!marked.isEmpty()) {
      return marked;
    }
    return escaped(text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…");
  }

  private String best(Query words, String field, String text, int fragments, int fragmentChars) {
    QueryScorer scorer = new QueryScorer(words, field);
    Highlighter highlighter =
        new Highlighter(
            new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
    highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, fragmentChars));
    highlighter.setMaxDocCharsToAnalyze(CHARS_ANALYSED);
    try {
      return String.join(GAP, highlighter.getBestFragments(analyzer, field, text, fragments));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidTokenOffsetsException e) {
      return "";
    }
  }

  private static String escaped(String text) {
    return SimpleHTMLEncoder.htmlEncode(text);
  }
}
