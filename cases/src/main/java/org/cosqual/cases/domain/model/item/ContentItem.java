package org.cosqual.cases.domain.model.item;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.review.Review;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * A case, handbook, Q&A entry or common-problem list with its versions. It goes draft → in review →
 * published → archived through the shared review; a regulator unit's own draft may also be
 * published by a regulator administrator without review. Editing a published item starts the next
 * version, which readers see only once it is published in turn.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

  /** The subject type of an item's review steps. */
  public static final String REVIEW_SUBJECT = "ContentItem";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "handbook_type", length = 16)
  private HandbookType handbookType;

  /** The regulator unit or association that drafts and owns it. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_org_id", nullable = false)
  private Organisation owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 16)
  private SourceKind sourceKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemStatus status;

  /** The review of the working version, once submitted. */
  @Embedded private Review review;

  /** The number of the version readers see, once one is published. */
  @Column(name = "published_number")
  private Integer publishedNumber;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "view_count", nullable = false)
  private long viewCount;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<ItemVersion> versions = new ArrayList<>();

  @Version private long version;

  protected ContentItem() {}

  private ContentItem(ItemKind kind, HandbookType handbookType, Organisation owner) {
    this.kind = Objects.requireNonNull(kind);
    this.owner = Objects.requireNonNull(owner);
    if (kind == ItemKind.HANDBOOK && handbookType == null) {
      throw new BusinessException("error.field.required", "cases_item.handbookType");
    }
    this.handbookType = kind == ItemKind.HANDBOOK ? handbookType : null;
    this.sourceKind =
        switch (owner.getKind()) {
          case REGULATOR_UNIT -> SourceKind.REGULATOR;
          case ASSOCIATION -> SourceKind.ASSOCIATION;
          case ENTERPRISE -> throw new BusinessException("error.item.ownerKind");
        };
    this.status = ItemStatus.DRAFT;
  }

  /**
   * A new item in draft, version 1 holding {@code content}.
   *
   * @param owner the drafter's regulator unit or association
   */
  public static ContentItem draft(
      ItemKind kind,
      HandbookType handbookType,
      Organisation owner,
      ItemContent content,
      String by,
      Instant at) {
    ContentItem item = new ContentItem(kind, handbookType, owner);
    item.createdBy = by;
    item.createdAt = at;
    ItemVersion first = new ItemVersion(item, 1, by, at);
    item.versions.add(first);
    first.write(kind, content, null, by, at);
    return item;
  }

  /**
   * New content for the working version; a published working version is first followed by a new
   * one, so readers keep the published text until the new one is published.
   */
  public ItemVersion revise(ItemContent content, String changeSummary, String by, Instant at) {
    ItemVersion working = editableVersion(by, at);
    working.write(kind, content, changeSummary, by, at);
    return working;
  }

  /** Attaches a stored file to the working version (starting a new one if it is published). */
  public ItemVersion attach(Attachment attachment, String by, Instant at) {
    ItemVersion working = editableVersion(by, at);
    working.attach(attachment);
    return working;
  }

  private ItemVersion editableVersion(String by, Instant at) {
    requireNotArchived();
    if (isInReview()) {
      throw new BusinessException("error.item.inReview");
    }
    ItemVersion working = getWorkingVersion();
    if (isLive(working)) {
      ItemVersion next = working.successor(by, at);
      versions.add(next);
      review = null;
      return next;
    }
    return working;
  }

  /** Sends the working version to review, or again after it was returned. */
  public ReviewStep.Draft submit(String by, Instant at, String note) {
    requireUnpublishedWork();
    if (isInReview()) {
      throw new BusinessException("error.item.inReview");
    }
    if (status == ItemStatus.DRAFT) {
      status = ItemStatus.IN_REVIEW;
    }
    if (review == null) {
      review = Review.submitted(at);
      return new ReviewStep.Draft(ReviewAction.SUBMITTED, by, at, note);
    }
    return review.resubmit(by, at, note);
  }

  /** A regulator administrator approves the working version: it is published. */
  public ReviewStep.Draft approve(String reviewer, Instant at, String comment) {
    ReviewStep.Draft step = pendingReview().approve(reviewer, at, comment);
    publishWorkingVersion(at);
    return step;
  }

  public ReviewStep.Draft returnForCorrection(String reviewer, Instant at, String reason) {
    ReviewStep.Draft step = pendingReview().returnForCorrection(reviewer, at, reason);
    if (status == ItemStatus.IN_REVIEW) {
      status = ItemStatus.DRAFT;
    }
    return step;
  }

  /** A regulator unit's own working version published without review; an association's is not. */
  public void publish(Instant at) {
    if (sourceKind == SourceKind.ASSOCIATION) {
      throw new BusinessException("error.item.reviewFirst");
    }
    requireUnpublishedWork();
    if (isInReview()) {
      throw new BusinessException("error.item.inReview");
    }
    publishWorkingVersion(at);
  }

  private void publishWorkingVersion(Instant at) {
    ItemVersion working = getWorkingVersion();
    working.markPublished(at);
    publishedNumber = working.getNumber();
    status = ItemStatus.PUBLISHED;
    if (firstPublishedAt == null) {
      firstPublishedAt = at;
    }
  }

  /** Taken off the portal and out of search; its versions stay. */
  public void archive(Instant at) {
    if (status != ItemStatus.PUBLISHED) {
      throw new BusinessException("error.item.notPublished");
    }
    status = ItemStatus.ARCHIVED;
    archivedAt = at;
  }

  private Review pendingReview() {
    if (review == null) {
      throw new BusinessException("error.review.notPending", "ItemStatus." + status);
    }
    return review;
  }

  private void requireNotArchived() {
    if (status == ItemStatus.ARCHIVED) {
      throw new BusinessException("error.item.archived");
    }
  }

  private void requireUnpublishedWork() {
    requireNotArchived();
    if (isLive(getWorkingVersion())) {
      throw new BusinessException("error.item.nothingToPublish");
    }
  }

  private boolean isLive(ItemVersion version) {
    return publishedNumber != null && publishedNumber == version.getNumber();
  }

  public boolean isInReview() {
    return review != null && review.isPending();
  }

  public boolean isReturned() {
    return review != null && review.getState() == ReviewState.RETURNED;
  }

  /** Whether readers see it: published and not archived. */
  public boolean isPublished() {
    return status == ItemStatus.PUBLISHED;
  }

  /** The version readers see, if any is published. */
  public Optional<ItemVersion> getPublishedVersion() {
    return publishedNumber == null ? Optional.empty() : findVersion(publishedNumber);
  }

  /** The latest version: the one an editor works on, or the published one when none is newer. */
  public ItemVersion getWorkingVersion() {
    return versions.get(versions.size() - 1);
  }

  public Optional<ItemVersion> findVersion(int number) {
    return versions.stream().filter(v -> v.getNumber() == number).findFirst();
  }

  public boolean isOwnedBy(long organisationId) {
    return owner.getId() != null && owner.getId() == organisationId;
  }

  /** The source readers are told: the association or regulator unit that wrote it. */
  public String getSourceName() {
    return owner.getName();
  }

  public Long getId() {
    return id;
  }

  public ItemKind getKind() {
    return kind;
  }

  public HandbookType getHandbookType() {
    return handbookType;
  }

  public Organisation getOwner() {
    return owner;
  }

  public SourceKind getSourceKind() {
    return sourceKind;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public Review getReview() {
    return review;
  }

  public Integer getPublishedNumber() {
    return publishedNumber;
  }

  public Instant getFirstPublishedAt() {
    return firstPublishedAt;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public long getViewCount() {
    return viewCount;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ItemVersion> getVersions() {
    return List.copyOf(versions);
  }

  public long getVersion() {
    return version;
  }
}
