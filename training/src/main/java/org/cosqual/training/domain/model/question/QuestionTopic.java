package org.cosqual.training.domain.model.question;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.cosqual.personnel.domain.shared.ListEntry;

/** A topic of the bank (regulations, GMP, raw materials …); topics are data. */
@Entity
@Table(name = "question_topic")
@NamedQuery(
    name = "QuestionTopic.findAll",
    query = "select t from QuestionTopic t order by t.sortOrder, t.code")
public class QuestionTopic extends ListEntry {

  protected QuestionTopic() {}

  public QuestionTopic(String code, String name, String englishName, int sortOrder) {
    super(code, name, englishName, sortOrder);
  }
}
