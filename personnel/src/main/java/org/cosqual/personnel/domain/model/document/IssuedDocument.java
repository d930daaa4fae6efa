package org.cosqual.personnel.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cosqual.personnel.domain.model.person.Person;

/**
 * A document the portal issued to a person, as its verification page shows it: what it is, whose,
 * who issued it and when, and what it states (a bundle key and its arguments). Never changed; a new
 * statement is a new document with a new code.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

  /** Separates the statement's arguments in their column; no argument contains it. */
  private static final String SEPARATOR = "\u001f";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DocumentKind kind;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  /** What the document is about within its kind, e.g. the year of a transcript. */
  @Column(nullable = false, length = 64)
  private String subject;

  @Column(name = "statement_key", nullable = false, length = 100)
  private String statementKey;

  @Column(name = "statement_args", nullable = false, length = 500)
  private String statementArgs;

  @Column(nullable = false, length = 200)
  private String issuer;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected IssuedDocument() {}

  public IssuedDocument(
      DocumentKind kind,
      Person person,
      String subject,
      String statementKey,
      List<String> statementArgs,
      String issuer,
      String issuedBy,
      Instant issuedAt) {
    this.code = VerificationCode.next();
    this.kind = Objects.requireNonNull(kind);
    this.person = Objects.requireNonNull(person);
    this.subject = subject;
    this.statementKey = statementKey;
    this.statementArgs = String.join(SEPARATOR, statementArgs);
    this.issuer = issuer;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
  }

  /** Whether this document states the same as a new one would, so it can be handed out again. */
  public boolean states(String key, List<String> args, String issuedByUnit) {
    return statementKey.equals(key)
        && getStatementArgs().equals(args)
        && issuer.equals(issuedByUnit);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getGroupedCode() {
    return VerificationCode.grouped(code);
  }

  public DocumentKind getKind() {
    return kind;
  }

  public Person getPerson() {
    return person;
  }

  public String getSubject() {
    return subject;
  }

  public String getStatementKey() {
    return statementKey;
  }

  public List<String> getStatementArgs() {
    return statementArgs.isEmpty() ? List.of() : Arrays.asList(statementArgs.split(SEPARATOR));
  }

  public String getIssuer() {
    return issuer;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
