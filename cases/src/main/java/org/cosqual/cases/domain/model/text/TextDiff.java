package org.cosqual.cases.domain.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two plain texts, sentence by sentence (a sentence ends at 。！？；, their ASCII
 * twins or a line break), by the longest common subsequence of sentences.
 */
public final class TextDiff {

  /** Beyond this many sentences on a side, the texts are shown as one removal and one addition. */
  static final int MAX_SENTENCES = 2_000;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])(?!\\n)|(?<=\\n)");

  /** One run of the diff. */
  public enum Operation {
    SAME,
    REMOVED,
    ADDED
  }

  public record Segment(Operation operation, String text) {}

  private TextDiff() {}

  public static List<Segment> between(String before, String after) {
    List<String> a = sentences(before);
    List<String> b = sentences(after);
    if (a.size() > MAX_SENTENCES || b.size() > MAX_SENTENCES) {
      List<Segment> whole = new ArrayList<>();
      add(whole, Operation.REMOVED, before);
      add(whole, Operation.ADDED, after);
      return whole;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            same(a.get(i), b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
        i++;
        add(segments, Operation.SAME, b.get(j++));
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        add(segments, Operation.REMOVED, a.get(i++));
      } else {
        add(segments, Operation.ADDED, b.get(j++));
      }
    }
    return segments;
  }

  /** Sentences differing only in the white space around them are the same. */
  private static boolean same(String a, String b) {
    return a.strip().equals(b.strip());
  }

  private static List<String> sentences(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(SENTENCE_END.split(text));
  }

  /** Appends, joining a run to the previous one of the same operation. */
  private static void add(List<Segment> segments, Operation operation, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).operation() == operation) {
      segments.set(last, new Segment(operation, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(operation, text));
    }
  }
}
