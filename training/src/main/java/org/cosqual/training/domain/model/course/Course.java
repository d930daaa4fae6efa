package org.cosqual.training.domain.model.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.review.Review;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;
import org.cosqual.training.domain.model.ledger.Hours;
import org.cosqual.training.domain.model.requirement.TrainingCategory;

/**
 * A course: content with declared hours. Drafted by a regulator administrator or an association's
 * editor; an association's course is published only when a regulator approves it through the shared
 * review, the province's own is published by its administrator. Only drafts change.
 */
@Entity
@Table(name = "course")
public class Course {

  /** The subject type of a course's review steps. */
  public static final String REVIEW_SUBJECT = "Course";

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;
  public static final int PROVIDER_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = SUMMARY_MAX)
  private String summary;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_code", nullable = false)
  private TrainingCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Delivery delivery;

  @Column(nullable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Audience audience;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider_kind", nullable = false, length = 16)
  private ProviderKind providerKind;

  /** The unit or association that drafted it. */
  @ManyToOne
  @JoinColumn(name = "provider_org_id")
  private Organisation providerOrganisation;

  @Column(name = "provider_name", nullable = false, length = PROVIDER_MAX)
  private String providerName;

  @Column(name = "quiz_required", nullable = false)
  private boolean quizRequired;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CourseStatus status;

  /** The regulator's review of an association's course; none for the province's own. */
  @Embedded private Review review;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseMaterial> materials = new ArrayList<>();

  @Version private long version;

  protected Course() {}

  private Course(Organisation drafter, String createdBy, Instant createdAt) {
    this.providerOrganisation = Objects.requireNonNull(drafter);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = CourseStatus.DRAFT;
  }

  /**
   * A new draft by a person of {@code drafter}: an association's course, or the province's own
   * (possibly given by an external provider the details name).
   */
  public static Course draft(
      Organisation drafter,
      boolean association,
      CourseDetails details,
      TrainingCategory category,
      String by,
      Instant at) {
    Course course = new Course(drafter, by, at);
    course.providerKind = association ? ProviderKind.ASSOCIATION : ProviderKind.PROVINCE;
    course.apply(details, category);
    return course;
  }

  /** New details of a draft; refused once the draft waits for review or is published. */
  public void revise(CourseDetails details, TrainingCategory category) {
    requireEditable();
    apply(details, category);
  }

  private void apply(CourseDetails details, TrainingCategory category) {
    this.title = Fields.required(details.title(), "training_course.title", TITLE_MAX);
    this.summary = Fields.optional(details.summary(), "training_course.summary", SUMMARY_MAX);
    this.category = Objects.requireNonNull(category);
    this.delivery = required(details.delivery(), "training_course.delivery");
    this.hours = Hours.credited(details.hours(), "training_course.hours").value();
    this.audience = required(details.audience(), "training_course.audience");
    this.quizRequired = details.quizRequired();
    if (providerKind == ProviderKind.ASSOCIATION) {
      this.providerName = providerOrganisation.getName();
    } else if (details.external()) {
      this.providerKind = ProviderKind.EXTERNAL;
      this.providerName =
          Fields.required(details.providerName(), "training_course.provider", PROVIDER_MAX);
    } else {
      this.providerKind = ProviderKind.PROVINCE;
      this.providerName = providerOrganisation.getName();
    }
  }

  private static <T> T required(T value, String labelKey) {
    if (value == null) {
      throw new BusinessException("error.field.required", labelKey);
    }
    return value;
  }

  public CourseMaterial addFile(String materialTitle, long fileId) {
    requireEditable();
    return add(CourseMaterial.file(this, materials.size(), materialTitle, fileId));
  }

  public CourseMaterial addLink(String materialTitle, String url) {
    requireEditable();
    return add(CourseMaterial.link(this, materials.size(), materialTitle, url));
  }

  private CourseMaterial add(CourseMaterial material) {
    materials.add(material);
    return material;
  }

  public void removeMaterial(long materialId) {
    requireEditable();
    materials.removeIf(m -> Objects.equals(m.getId(), materialId));
  }

  private void requireEditable() {
    if (status != CourseStatus.DRAFT || isInReview()) {
      throw new BusinessException("error.course.notEditable");
    }
  }

  /**
   * Sends an association's draft to a regulator, or again after it was returned; the province's own
   * courses are published without review.
   */
  public ReviewStep.Draft submitForReview(String by, Instant at, String note) {
    if (providerKind != ProviderKind.ASSOCIATION) {
      throw new BusinessException("error.course.noReview");
    }
    requireReady();
    if (review == null) {
      review = Review.submitted(at);
      return new ReviewStep.Draft(ReviewAction.SUBMITTED, by, at, note);
    }
    return review.resubmit(by, at, note);
  }

  /** A regulator approves an association's course: it is published. */
  public ReviewStep.Draft approve(String reviewer, Instant at, String comment) {
    ReviewStep.Draft step = pendingReview().approve(reviewer, at, comment);
    status = CourseStatus.PUBLISHED;
    publishedAt = at;
    return step;
  }

  public ReviewStep.Draft returnForCorrection(String reviewer, Instant at, String reason) {
    return pendingReview().returnForCorrection(reviewer, at, reason);
  }

  private Review pendingReview() {
    if (review == null) {
      throw new BusinessException("error.review.notPending", "CourseStatus." + status);
    }
    return review;
  }

  /** The province publishes its own course (an association's goes through review). */
  public void publish(Instant at) {
    if (providerKind == ProviderKind.ASSOCIATION) {
      throw new BusinessException("error.course.reviewFirst");
    }
    requireReady();
    status = CourseStatus.PUBLISHED;
    publishedAt = at;
  }

  /** An editable draft that learners could take: an online course needs its materials. */
  private void requireReady() {
    requireEditable();
    if (delivery.isOnline() && materials.isEmpty()) {
      throw new BusinessException("error.course.noMaterials");
    }
  }

  /** No longer offered; hours already credited stay. */
  public void retire() {
    if (status != CourseStatus.PUBLISHED) {
      throw new BusinessException("error.course.notPublished");
    }
    status = CourseStatus.RETIRED;
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }

  public boolean isInReview() {
    return review != null && review.isPending();
  }

  public boolean isReturned() {
    return review != null && review.getState() == ReviewState.RETURNED;
  }

  /** Whether learners complete it online by opening every material (and no quiz is asked). */
  public boolean isCompletableOnline() {
    return delivery.isOnline() && !materials.isEmpty();
  }

  public Hours getDeclaredHours() {
    return new Hours(hours);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public TrainingCategory getCategory() {
    return category;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public Audience getAudience() {
    return audience;
  }

  public ProviderKind getProviderKind() {
    return providerKind;
  }

  public Organisation getProviderOrganisation() {
    return providerOrganisation;
  }

  public String getProviderName() {
    return providerName;
  }

  public boolean isQuizRequired() {
    return quizRequired;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public Review getReview() {
    return review;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<CourseMaterial> getMaterials() {
    return List.copyOf(materials);
  }

  public long getVersion() {
    return version;
  }
}
