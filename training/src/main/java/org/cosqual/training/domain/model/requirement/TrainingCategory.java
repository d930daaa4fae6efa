package org.cosqual.training.domain.model.requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.cosqual.personnel.domain.shared.ListEntry;

/**
 * A category of training (regulations explained, case studies, mock inspections …). Categories are
 * data; a year's requirement names those that count as quality-system training.
 */
@Entity
@Table(name = "training_category")
@NamedQuery(
    name = "TrainingCategory.findAll",
    query = "select c from TrainingCategory c order by c.sortOrder, c.code")
public class TrainingCategory extends ListEntry {

  protected TrainingCategory() {}

  public TrainingCategory(String code, String name, String englishName, int sortOrder) {
    super(code, name, englishName, sortOrder);
  }
}
