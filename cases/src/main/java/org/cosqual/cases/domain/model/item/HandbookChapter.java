package org.cosqual.cases.domain.model.item;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A chapter of one version of a handbook: its title and ordered sections. */
@Entity
@Table(name = "handbook_chapter")
public class HandbookChapter {

  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private ItemVersion version;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @ElementCollection
  @CollectionTable(name = "handbook_section", joinColumns = @JoinColumn(name = "chapter_id"))
  @OrderColumn(name = "position")
  private List<HandbookSection> sections = new ArrayList<>();

  protected HandbookChapter() {}

  HandbookChapter(ItemVersion version, int position, String title, List<HandbookSection> sections) {
    this.version = version;
    this.position = position;
    this.title = title;
    this.sections = new ArrayList<>(sections);
  }

  void rewrite(String newTitle, List<HandbookSection> newSections) {
    title = newTitle;
    sections.clear();
    sections.addAll(newSections);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public List<HandbookSection> getSections() {
    return List.copyOf(sections);
  }
}
