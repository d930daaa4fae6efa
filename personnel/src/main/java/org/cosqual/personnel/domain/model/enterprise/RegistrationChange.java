package org.cosqual.personnel.domain.model.enterprise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.cosqual.personnel.domain.model.review.Review;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * An enterprise's request to change its registered facts (name, production licence, roles), which a
 * regulator of its jurisdiction approves or returns through the shared review workflow. The
 * register changes only on approval; a returned request stays as it was filed, and the enterprise
 * files a new one.
 */
@Entity
@Table(name = "registration_change")
@NamedQuery(
    name = "RegistrationChange.findInSubtree",
    query =
        "select c from RegistrationChange c join fetch c.enterprise e join fetch e.organisation o"
            + " join o.jurisdiction j where j.path like :pathPrefix and c.review.state = :state"
            + " order by c.review.since")
@NamedQuery(
    name = "RegistrationChange.findByEnterprise",
    query =
        "select c from RegistrationChange c where c.enterprise.id = :enterpriseId order by c.id desc")
public class RegistrationChange {

  public static final String REVIEW_SUBJECT = "REGISTRATION_CHANGE";
  public static final int NOTE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id", nullable = false)
  private Enterprise enterprise;

  @Column(nullable = false, length = Enterprise.NAME_MAX)
  private String name;

  @Embedded private LicenseNo licenseNo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "registration_change_kind", joinColumns = @JoinColumn(name = "change_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32)
  private Set<EnterpriseKind> kinds = new HashSet<>();

  @Column(name = "produces_itself", nullable = false)
  private boolean producesItself;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Embedded private Review review;

  @Version private long version;

  protected RegistrationChange() {}

  /**
   * The requested facts are checked by the enterprise's own guards (a licence for a maker, at least
   * one role) before anything is filed.
   */
  public RegistrationChange(
      Enterprise enterprise,
      String name,
      LicenseNo licenseNo,
      Set<EnterpriseKind> kinds,
      boolean producesItself,
      String note,
      String submittedBy,
      Instant submittedAt) {
    this.enterprise = Objects.requireNonNull(enterprise);
    this.name = Fields.required(name, "general.enterpriseName", Enterprise.NAME_MAX);
    Enterprise.checkKinds(kinds, licenseNo, producesItself);
    this.licenseNo = licenseNo;
    this.kinds.addAll(kinds);
    this.producesItself = producesItself;
    this.note = Fields.optional(note, "general.filingNote", NOTE_MAX);
    this.submittedBy = Objects.requireNonNull(submittedBy);
    this.submittedAt = Objects.requireNonNull(submittedAt);
    this.review = Review.submitted(submittedAt);
  }

  public ReviewStep.Draft approve(String reviewer, Instant at, String comment) {
    return review.approve(reviewer, at, comment);
  }

  public ReviewStep.Draft returnForCorrection(String reviewer, Instant at, String reason) {
    return review.returnForCorrection(reviewer, at, reason);
  }

  public Long getId() {
    return id;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public String getName() {
    return name;
  }

  public LicenseNo getLicenseNo() {
    return licenseNo;
  }

  public Set<EnterpriseKind> getKinds() {
    return kinds.isEmpty() ? EnumSet.noneOf(EnterpriseKind.class) : EnumSet.copyOf(kinds);
  }

  public boolean isProducesItself() {
    return producesItself;
  }

  public String getNote() {
    return note;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public ReviewState getState() {
    return review.getState();
  }

  public Review getReview() {
    return review;
  }

  public long getVersion() {
    return version;
  }
}
