package org.cosqual.personnel.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * An entry of a list kept as data (training categories, question topics, content topics): a code, a
 * Chinese name, an optional English one, and its place in the list.
 */
@MappedSuperclass
public abstract class ListEntry {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 40)
  private String name;

  @Column(name = "english_name", length = 80)
  private String englishName;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected ListEntry() {}

  protected ListEntry(String code, String name, String englishName, int sortOrder) {
    this.code = code;
    this.name = name;
    this.englishName = englishName;
    this.sortOrder = sortOrder;
  }

  /** The name in the reader's language: the English one where there is one and asked for. */
  public String nameIn(Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    return english && englishName != null ? englishName : name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEnglishName() {
    return englishName;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
