package org.cosqual.personnel.domain.model.supervision;

import jakarta.persistence.Column;
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
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * A penalty decided on a person (处罚到人), perhaps with a ban from key positions (从业禁止) until a day. A
 * person banned on any day of an appointment's term cannot be filed into it.
 */
@Entity
@Table(name = "sanction")
@NamedQuery(
    name = "Sanction.findByPerson",
    query =
        "select s from Sanction s left join fetch s.enterprise e left join fetch e.organisation"
            + " where s.person.id = :personId order by s.decidedOn desc")
public class Sanction {

  public static final int DECISION_MAX = 60;
  public static final int BASIS_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(name = "decision_no", nullable = false, length = DECISION_MAX)
  private String decisionNo;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(name = "legal_basis", nullable = false, length = BASIS_MAX)
  private String legalBasis;

  @Column(name = "ban_until")
  private LocalDate banUntil;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected Sanction() {}

  public Sanction(
      Person person,
      Enterprise enterprise,
      String decisionNo,
      LocalDate decidedOn,
      String legalBasis,
      LocalDate banUntil,
      String recordedBy,
      Instant recordedAt) {
    this.person = Objects.requireNonNull(person);
    this.enterprise = enterprise;
    this.decisionNo = Fields.required(decisionNo, "general.decisionNo", DECISION_MAX);
    if (decidedOn == null) {
      throw new BusinessException("error.field.required", "general.decidedOn");
    }
    if (banUntil != null && banUntil.isBefore(decidedOn)) {
      throw new BusinessException("error.dates.endBeforeStart", decidedOn, banUntil);
    }
    this.decidedOn = decidedOn;
    this.legalBasis = Fields.required(legalBasis, "general.legalBasis", BASIS_MAX);
    this.banUntil = banUntil;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /**
   * Whether the ban (decision day to ban-until, both included) covers a day of the term. Not only
   * its first day: a filing may date an appointment from before the decision, and the person would
   * then hold the position while banned.
   */
  public boolean bansDuring(Term term) {
    return banUntil != null && term.overlaps(new Term(decidedOn, banUntil));
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

  public String getDecisionNo() {
    return decisionNo;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public LocalDate getBanUntil() {
    return banUntil;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
