package org.cosqual.personnel.domain.model.filing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.review.Review;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * An enterprise's filing of an appointment, a change or a departure of key staff, with every
 * revision submitted and its review. The subject type of its review steps is {@link
 * #REVIEW_SUBJECT}.
 */
@Entity
@Table(name = "filing")
@NamedQuery(
    name = "Filing.findInSubtree",
    query =
        "select f from Filing f join fetch f.enterprise e join fetch e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix"
            + " and (:state is null or f.review.state = :state) order by f.review.since")
@NamedQuery(
    name = "Filing.findQueue",
    query =
        "select f from Filing f join fetch f.enterprise e join fetch e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix and f.review.state = :state"
            + " and (:name is null or o.name like :name escape '\\')"
            + " and (:kind is null or f.kind = :kind)"
            + " and (:positionCode is null or f.position = :position) order by f.review.since, f.id")
@NamedQuery(
    name = "Filing.countQueue",
    query =
        "select count(f) from Filing f join f.enterprise e join e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix and f.review.state = :state"
            + " and (:name is null or o.name like :name escape '\\')"
            + " and (:kind is null or f.kind = :kind)"
            + " and (:positionCode is null or f.position = :position)")
@NamedQuery(
    name = "Filing.countInSubtree",
    query =
        "select count(f) from Filing f join f.enterprise e join e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix and f.review.state = :state")
@NamedQuery(
    name = "Filing.findByEnterprise",
    query =
        "select f from Filing f join fetch f.enterprise e join fetch e.organisation"
            + " where e.id = :enterpriseId order by f.id desc")
@NamedQuery(
    name = "Filing.findByPerson",
    query =
        "select f from Filing f join fetch f.enterprise e join fetch e.organisation"
            + " where f.person.id = :personId or f.candidateHash = :hash order by f.id desc")
@NamedQuery(
    name = "Filing.findPendingForCandidate",
    query = "select f from Filing f where f.candidateHash = :hash and f.review.state <> :approved")
public class Filing {

  public static final String REVIEW_SUBJECT = "FILING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id", nullable = false)
  private Enterprise enterprise;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FilingKind kind;

  @Column(nullable = false, length = 32)
  private KeyPosition position;

  /** The person in the archive; for a new appointment, set when it is approved. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  /** The appointment a change or departure is about. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "appointment_id")
  private Appointment appointment;

  /** The keyed hash of the filed id number, to find a person's filings before approval. */
  @Column(name = "candidate_hash", length = 64)
  private String candidateHash;

  @Embedded private Review review;

  @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("number")
  private List<FilingRevision> revisions = new ArrayList<>();

  @Version private long version;

  protected Filing() {}

  /** A new appointment: the person may not be in the archive yet. */
  public static Filing appointment(
      Enterprise enterprise, KeyPosition position, Person known, FilingRevision first) {
    if (first.getParticulars() == null) {
      throw new IllegalArgumentException("An appointment files the person's particulars");
    }
    Filing filing = new Filing(enterprise, FilingKind.APPOINTMENT, position, first);
    filing.person = known;
    filing.candidateHash = first.getParticulars().getIdNumber().hash();
    return filing;
  }

  /** A change of particulars or a departure, about an appointment of this enterprise. */
  public static Filing about(Appointment appointment, FilingKind kind, FilingRevision first) {
    if (kind == FilingKind.APPOINTMENT) {
      throw new IllegalArgumentException("Use Filing.appointment for a new appointment");
    }
    if (kind == FilingKind.CHANGE && first.getParticulars() == null) {
      throw new IllegalArgumentException("A change files the person's particulars");
    }
    Filing filing = new Filing(appointment.getEnterprise(), kind, appointment.getPosition(), first);
    filing.person = appointment.getPerson();
    filing.appointment = appointment;
    filing.candidateHash =
        appointment.getPerson().particulars().map(p -> p.getIdNumber().hash()).orElse(null);
    filing.checkSamePerson(first);
    return filing;
  }

  private Filing(
      Enterprise enterprise, FilingKind kind, KeyPosition position, FilingRevision first) {
    this.enterprise = Objects.requireNonNull(enterprise);
    this.kind = kind;
    this.position = Objects.requireNonNull(position);
    this.review = Review.submitted(first.getSubmittedAt());
    addRevision(first);
  }

  private void addRevision(FilingRevision revision) {
    revision.attach(this, revisions.size() + 1);
    revisions.add(revision);
  }

  /** The corrected filing after a return; a new revision, the earlier ones stay as they were. */
  public ReviewStep.Draft resubmit(FilingRevision correction) {
    if (kind != FilingKind.DEPARTURE && correction.getParticulars() == null) {
      throw new IllegalArgumentException("This filing files the person's particulars");
    }
    checkSamePerson(correction);
    ReviewStep.Draft step =
        review.resubmit(
            correction.getSubmittedBy(), correction.getSubmittedAt(), correction.getNote());
    addRevision(correction);
    return step;
  }

  /**
   * A correction files the same person, and a change the archived id number: refused when filed,
   * not only when the archive would take it at approval.
   */
  private void checkSamePerson(FilingRevision revision) {
    if (revision.getParticulars() == null || candidateHash == null) {
      return;
    }
    if (!revision.getParticulars().getIdNumber().hash().equals(candidateHash)) {
      throw new BusinessException(
          kind == FilingKind.APPOINTMENT
              ? "error.filing.otherPerson"
              : "error.person.otherIdNumber");
    }
  }

  public ReviewStep.Draft approve(String reviewer, Instant at, String comment) {
    return review.approve(reviewer, at, comment);
  }

  public ReviewStep.Draft returnForCorrection(String reviewer, Instant at, String reason) {
    return review.returnForCorrection(reviewer, at, reason);
  }

  /** Records who the approved appointment is about, once the archive has the person. */
  public void approvedFor(Person archived) {
    if (person != null && !person.getId().equals(archived.getId())) {
      throw new IllegalStateException("Filing " + id + " is about another person");
    }
    this.person = archived;
  }

  public FilingRevision currentRevision() {
    return revisions.get(revisions.size() - 1);
  }

  public Long getId() {
    return id;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public FilingKind getKind() {
    return kind;
  }

  public KeyPosition getPosition() {
    return position;
  }

  public Person getPerson() {
    return person;
  }

  public Appointment getAppointment() {
    return appointment;
  }

  public String getCandidateHash() {
    return candidateHash;
  }

  public Review getReview() {
    return review;
  }

  public ReviewState getState() {
    return review.getState();
  }

  public List<FilingRevision> getRevisions() {
    return List.copyOf(revisions);
  }

  public long getVersion() {
    return version;
  }
}
