package org.cosqual.personnel.domain.model.document;

import java.util.Optional;

public interface IssuedDocumentRepository {

  Optional<IssuedDocument> findByCode(String code);

  /** The latest document of a kind about a subject issued to a person. */
  Optional<IssuedDocument> findLatest(DocumentKind kind, long personId, String subject);

  IssuedDocument store(IssuedDocument document);
}
