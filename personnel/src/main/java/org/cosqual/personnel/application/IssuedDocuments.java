package org.cosqual.personnel.application;

import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.person.Person;

/**
 * Issued documents and their verification codes, behind the one public page {@code
 * /public/verify/{code}}. The module that issues a document checks who may have it.
 */
public interface IssuedDocuments {

  /**
   * The document stating this about the person: the latest one of the subject when it states the
   * same, else a new one with a new code.
   */
  IssuedDocument issue(
      DocumentKind kind,
      Person person,
      String subject,
      String statementKey,
      List<String> statementArgs,
      String issuer);

  /** Anyone may look a code up; a code that is malformed or unknown finds nothing. */
  Optional<IssuedDocument> verify(String typedCode);
}
