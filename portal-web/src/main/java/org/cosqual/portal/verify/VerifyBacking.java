package org.cosqual.portal.verify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.domain.model.document.IssuedDocument;

/** Document verification: anyone checks a transcript or certificate by the code printed on it. */
@Named("verify")
@RequestScoped
public class VerifyBacking {

  @Inject IssuedDocuments documents;

  private String code;
  private Optional<IssuedDocument> found = Optional.empty();
  private boolean checked;

  public void check() {
    checked = code != null && !code.isBlank();
    found = checked ? documents.verify(code) : Optional.empty();
  }

  public IssuedDocument getDocument() {
    return found.orElse(null);
  }

  /**
   * The holder's name as the public page shows it: the first character, the rest masked, enough to
   * match the paper in hand without publishing who holds what.
   */
  public String getHolder() {
    String name = found.map(d -> d.getPerson().getName()).orElse("");
    if (name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  public boolean isChecked() {
    return checked;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
