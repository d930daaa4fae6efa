package org.cosqual.personnel.domain.model.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * A person in a key position of an enterprise over a term . Made only by an approved filing; a
 * departure ends it and nothing is deleted.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(
    name = "Appointment.findByPerson",
    query =
        "select a from Appointment a join fetch a.enterprise e join fetch e.organisation"
            + " where a.person.id = :personId order by a.term.from desc")
@NamedQuery(
    name = "Appointment.findByEnterprise",
    query =
        "select a from Appointment a join fetch a.person"
            + " where a.enterprise.id = :enterpriseId order by a.position, a.term.from desc")
@NamedQuery(
    name = "Appointment.findByPersonAndPosition",
    query =
        "select a from Appointment a join fetch a.enterprise"
            + " where a.person.id = :personId and a.position = :position")
@NamedQuery(
    name = "Appointment.findByEnterpriseAndPosition",
    query =
        "select a from Appointment a join fetch a.person"
            + " where a.enterprise.id = :enterpriseId and a.position = :position")
@NamedQuery(
    name = "Appointment.findEnterprisesWithSeveralHolders",
    query =
        "select a.enterprise.id from Appointment a where a.position = :position"
            + " and a.term.from <= :day and (a.term.to is null or a.term.to >= :day)"
            + " group by a.enterprise.id having count(a) > 1")
@NamedQuery(
    name = "Appointment.findKeysInSubtree",
    query =
        "select new org.cosqual.personnel.domain.model.appointment.AppointmentKey("
            + "e.id, a.position, p.particulars.idNumber.hash, a.term.from)"
            + " from Appointment a join a.person p join a.enterprise e join e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix")
@NamedQuery(
    name = "Appointment.findCurrentInSubtree",
    query =
        "select a from Appointment a join fetch a.person join fetch a.enterprise e"
            + " join e.organisation o join o.jurisdiction j where j.path like :pathPrefix"
            + " and a.position in :positions"
            + " and a.term.from <= :day and (a.term.to is null or a.term.to >= :day)"
            + " order by a.id")
public class Appointment {

  public static final int END_REASON_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id", nullable = false)
  private Enterprise enterprise;

  @Column(nullable = false, length = 32)
  private KeyPosition position;

  @Embedded private Term term;

  @Column(name = "document_file_id")
  private Long documentFileId;

  /** The approved filing that made it; null for an imported appointment. */
  @Column(name = "filing_id")
  private Long filingId;

  @Column(name = "imported_by", length = 64)
  private String importedBy;

  @Column(name = "imported_at")
  private Instant importedAt;

  @Column(name = "end_reason", length = END_REASON_MAX)
  private String endReason;

  @Version private long version;

  protected Appointment() {}

  public Appointment(
      Person person,
      Enterprise enterprise,
      KeyPosition position,
      Term term,
      Long documentFileId,
      long filingId) {
    this.person = Objects.requireNonNull(person);
    this.enterprise = Objects.requireNonNull(enterprise);
    this.position = Objects.requireNonNull(position);
    this.term = Objects.requireNonNull(term);
    this.documentFileId = documentFileId;
    this.filingId = filingId;
  }

  /**
   * An appointment from a regulator's import of existing records, with who imported it and when.
   */
  public static Appointment imported(
      Person person,
      Enterprise enterprise,
      KeyPosition position,
      Term term,
      String importedBy,
      Instant importedAt) {
    Appointment appointment = new Appointment();
    appointment.person = Objects.requireNonNull(person);
    appointment.enterprise = Objects.requireNonNull(enterprise);
    appointment.position = Objects.requireNonNull(position);
    appointment.term = Objects.requireNonNull(term);
    appointment.importedBy = Objects.requireNonNull(importedBy);
    appointment.importedAt = Objects.requireNonNull(importedAt);
    return appointment;
  }

  /** The departure: the term ends on the given day. */
  public void end(LocalDate lastDay, String reason) {
    Term ended = termEndingOn(lastDay);
    this.endReason = Fields.optional(reason, "general.filingNote", END_REASON_MAX);
    this.term = ended;
  }

  /**
   * The term a departure on that day would leave, checked already when the departure is filed.
   *
   * @throws BusinessException for a day before the start, or after the term has ended already
   */
  public Term termEndingOn(LocalDate lastDay) {
    if (term.getTo() != null && term.getTo().isBefore(lastDay)) {
      throw new BusinessException("error.appointment.alreadyEnded", term.getTo());
    }
    return term.endingOn(lastDay);
  }

  public boolean isCurrent(LocalDate today) {
    return term.covers(today);
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public KeyPosition getPosition() {
    return position;
  }

  public Term getTerm() {
    return term;
  }

  public Long getDocumentFileId() {
    return documentFileId;
  }

  public Long getFilingId() {
    return filingId;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getEndReason() {
    return endReason;
  }

  public long getVersion() {
    return version;
  }
}
