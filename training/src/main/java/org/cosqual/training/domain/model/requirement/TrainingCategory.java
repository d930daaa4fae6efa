package org.cosqual.training.domain.model.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A category of training (regulations explained, case studies, mock inspections …). Categories are
 * data; a year's requirement names those that count as quality-system training.
 */
@Entity
@Table(name = "training_category")
@NamedQuery(
    name = "TrainingCategory.findAll",
    query = "select c from TrainingCategory c order by c.sortOrder, c.code")
public class TrainingCategory {

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

  protected TrainingCategory() {}

  public TrainingCategory(String code, String name, String englishName, int sortOrder) {
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
