package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.document.IssuedDocumentRepository;
import org.cosqual.personnel.domain.model.document.VerificationCode;
import org.cosqual.personnel.domain.model.person.Person;

@ApplicationScoped
@Transactional
public class DefaultIssuedDocuments implements IssuedDocuments {

  @Inject IssuedDocumentRepository documents;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public IssuedDocument issue(
      DocumentKind kind,
      Person person,
      String subject,
      String statementKey,
      List<String> statementArgs,
      String issuer) {
    return documents
        .findLatest(kind, person.getId(), subject)
        .filter(d -> d.states(statementKey, statementArgs, issuer))
        .orElseGet(
            () ->
                documents.store(
                    new IssuedDocument(
                        kind,
                        person,
                        subject,
                        statementKey,
                        statementArgs,
                        issuer,
                        caller.name(),
                        clock.instant())));
  }

  @Override
  public Optional<IssuedDocument> verify(String typedCode) {
    return VerificationCode.normalised(typedCode).flatMap(documents::findByCode);
  }
}
