package org.cosqual.portal.cases;

import java.io.Serializable;
import org.cosqual.cases.domain.model.item.HandbookSection;

/** One section of a handbook's chapter as the item form edits it. */
public class SectionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String body;

  static SectionRow of(HandbookSection section) {
    SectionRow row = new SectionRow();
    row.title = section.getTitle();
    row.body = section.getBody();
    return row;
  }

  HandbookSection toSection() {
    return new HandbookSection(title, body);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
