package org.cosqual.cases.domain.model.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.cosqual.personnel.domain.shared.ListEntry;

/** A topic or problem category, with its Chinese and English names; the code is stable. */
@Entity
@Table(name = "content_term")
@NamedQuery(
    name = "ContentTerm.findByKind",
    query = "select t from ContentTerm t where t.kind = :kind order by t.sortOrder, t.code")
public class ContentTerm extends ListEntry {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TermKind kind;

  protected ContentTerm() {}

  public ContentTerm(TermKind kind, String code, String name, String englishName, int sortOrder) {
    super(code, name, englishName, sortOrder);
    this.kind = kind;
  }

  public TermKind getKind() {
    return kind;
  }
}
