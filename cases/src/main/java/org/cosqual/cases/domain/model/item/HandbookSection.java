package org.cosqual.cases.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.Set;
import org.cosqual.personnel.domain.shared.Fields;

/** One section of a handbook's chapter: a title and rich text. */
@Embeddable
public class HandbookSection {

  public static final int TITLE_MAX = 200;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Lob
  @Column(name = "body", nullable = false)
  private String body;

  protected HandbookSection() {}

  public HandbookSection(String title, String body) {
    this.title = title;
    this.body = body;
  }

  HandbookSection checked(Set<Long> imageIds) {
    return new HandbookSection(
        Fields.required(title, "cases_item.sectionTitle", TITLE_MAX),
        ItemVersion.richText(body, "cases_item.sectionBody", imageIds));
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }
}
