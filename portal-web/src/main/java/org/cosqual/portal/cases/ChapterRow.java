package org.cosqual.portal.cases;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.cases.domain.model.item.HandbookChapter;
import org.cosqual.cases.domain.model.item.HandbookSection;
import org.cosqual.cases.domain.model.item.ItemContent;

/** A handbook's chapter as the item form edits it: a title and its ordered sections. */
public class ChapterRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private final List<SectionRow> sections = new ArrayList<>();

  /** A new chapter with one empty section, ready to be written. */
  public static ChapterRow empty() {
    ChapterRow chapter = new ChapterRow();
    chapter.sections.add(new SectionRow());
    return chapter;
  }

  static ChapterRow of(HandbookChapter chapter) {
    ChapterRow row = new ChapterRow();
    row.title = chapter.getTitle();
    chapter.getSections().forEach(s -> row.sections.add(SectionRow.of(s)));
    return row;
  }

  ItemContent.Chapter toChapter() {
    List<HandbookSection> written = sections.stream().map(SectionRow::toSection).toList();
    return new ItemContent.Chapter(title, written);
  }

  public void addSection() {
    sections.add(new SectionRow());
  }

  public void removeSection(int index) {
    sections.remove(index);
  }

  public void moveSectionUp(int index) {
    Rows.moveUp(sections, index);
  }

  public void moveSectionDown(int index) {
    Rows.moveDown(sections, index);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<SectionRow> getSections() {
    return sections;
  }
}
