package org.cosqual.cases.domain.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cosqual.cases.domain.model.text.TextDiff.Operation;
import org.cosqual.cases.domain.model.text.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void sentencesKeptRemovedAndAddedInReadingOrder() {
    assertEquals(
        List.of(
            new Segment(Operation.SAME, "第一句。"),
            new Segment(Operation.REMOVED, "第二句。"),
            new Segment(Operation.ADDED, "新的第二句。"),
            new Segment(Operation.SAME, "第三句。")),
        TextDiff.between("第一句。第二句。第三句。", "第一句。新的第二句。第三句。"));
  }

  @Test
  void identicalAndEmptyTexts() {
    assertEquals(List.of(new Segment(Operation.SAME, "同一段。")), TextDiff.between("同一段。", "同一段。"));
    assertEquals(List.of(new Segment(Operation.ADDED, "新增。")), TextDiff.between("", "新增。"));
    assertEquals(List.of(), TextDiff.between(null, ""));
    assertEquals(List.of(new Segment(Operation.REMOVED, "删除。")), TextDiff.between("删除。", ""));
  }

  @Test
  void overlongTextsAreShownAsOneRemovalAndOneAddition() {
    String before = "句。".repeat(TextDiff.MAX_SENTENCES + 1);
    List<Segment> diff = TextDiff.between(before, "别的。");
    assertEquals(2, diff.size());
    assertEquals(Operation.REMOVED, diff.get(0).operation());
  }
}
