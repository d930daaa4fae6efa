package org.cosqual.cases.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.cases.application.ContentArchived;
import org.cosqual.cases.application.ContentPublished;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.Attachment;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ContentItemRepository;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemFilter;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.VersionDiff;
import org.cosqual.cases.domain.model.item.ViewTally;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.search.IndexedItem;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.cases.domain.model.term.ContentTermRepository;
import org.cosqual.cases.domain.model.term.TermKind;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.model.review.ReviewStepRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultContentService implements ContentService {

  private static final String ITEM = "ContentItem";

  @Inject ContentItemRepository items;
  @Inject ContentTermRepository terms;
  @Inject OrganisationRepository organisations;
  @Inject JurisdictionRepository jurisdictions;
  @Inject Regions regions;
  @Inject ReviewStepRepository steps;
  @Inject FileStore files;
  @Inject AuditTrail audit;
  @Inject ContentAccess access;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<ContentPublished> published;
  @Inject Event<ContentArchived> archived;

  private final ViewTally views = new ViewTally();

  @Override
  public ContentItem draftItem(ItemKind kind, HandbookType handbookType, ItemContent content) {
    caller.require(Permission.CONTENT_WRITE);
    Organisation owner =
        caller
            .organisationId()
            .flatMap(organisations::find)
            .orElseThrow(() -> new AccessDeniedException(Permission.CONTENT_WRITE.code()));
    requireKnownTerms(content);
    ContentItem item =
        items.store(
            ContentItem.draft(kind, handbookType, owner, content, caller.name(), clock.instant()));
    record(AuditAction.CONTENT_DRAFTED, item, kind.name());
    return item;
  }

  @Override
  public ContentItem reviseItem(
      long itemId, long version, ItemContent content, String changeSummary) {
    ContentItem item = written(itemId, version);
    requireKnownTerms(content);
    ItemVersion working = item.revise(content, changeSummary, caller.name(), clock.instant());
    record(AuditAction.CONTENT_REVISED, item, versionDetail(working, changeSummary));
    return items.store(item);
  }

  @Override
  public StoredFile uploadAttachment(String fileName, InputStream content) {
    caller.require(Permission.CONTENT_WRITE);
    return files.store(FileUse.CONTENT_ATTACHMENT, fileName, content);
  }

  @Override
  public ContentItem attachFile(long itemId, long version, long fileId) {
    ContentItem item = written(itemId, version);
    StoredFile file =
        files
            .findFile(fileId)
            .filter(f -> f.getUse() == FileUse.CONTENT_ATTACHMENT)
            .filter(
                f ->
                    f.getStoredBy().equals(caller.name())
                        || item.getWorkingVersion().hasAttachment(fileId))
            .orElseThrow(() -> new NotFoundException("StoredFile", fileId));
    boolean image =
        FileFormat.ofMediaType(file.getMediaType()).map(FileFormat::isImage).orElse(false);
    ItemVersion working =
        item.attach(new Attachment(file.getId(), image), caller.name(), clock.instant());
    record(AuditAction.CONTENT_ATTACHED, item, versionDetail(working, file.getFileName()));
    return items.store(item);
  }

  @Override
  public ContentItem submitItem(long itemId, long version, String note) {
    ContentItem item = written(itemId, version);
    ReviewStep.Draft step = item.submit(caller.name(), clock.instant(), note);
    storeStep(item, step);
    record(
        step.action() == ReviewAction.RESUBMITTED
            ? AuditAction.CONTENT_RESUBMITTED
            : AuditAction.CONTENT_SUBMITTED,
        item,
        note);
    return item;
  }

  @Override
  public ContentItem approveItem(long itemId, long version, String comment) {
    ContentItem item = reviewed(itemId, version);
    storeStep(item, item.approve(caller.name(), clock.instant(), comment));
    record(AuditAction.CONTENT_APPROVED, item, versionDetail(item.getWorkingVersion(), comment));
    published.fire(new ContentPublished(IndexedItem.of(item)));
    return item;
  }

  @Override
  public ContentItem returnItem(long itemId, long version, String reason) {
    ContentItem item = reviewed(itemId, version);
    ReviewStep.Draft step = item.returnForCorrection(caller.name(), clock.instant(), reason);
    storeStep(item, step);
    record(AuditAction.CONTENT_RETURNED, item, step.reason());
    return item;
  }

  @Override
  public ContentItem publishItem(long itemId, long version) {
    ContentItem item = reviewed(itemId, version);
    item.publish(clock.instant());
    record(AuditAction.CONTENT_PUBLISHED, item, versionDetail(item.getWorkingVersion(), null));
    published.fire(new ContentPublished(IndexedItem.of(item)));
    return item;
  }

  @Override
  public ContentItem archiveItem(long itemId, long version) {
    ContentItem item = reviewed(itemId, version);
    item.archive(clock.instant());
    record(AuditAction.CONTENT_ARCHIVED, item, null);
    archived.fire(new ContentArchived(item.getId()));
    return item;
  }

  @Override
  public ContentItem getItem(long itemId) {
    ContentItem item = items.find(itemId).orElseThrow(() -> notFound(itemId));
    if (!access.mayManage(item) && !access.mayRead(item)) {
      throw notFound(itemId);
    }
    return item;
  }

  @Override
  public ItemVersion readItem(long itemId) {
    ContentItem item =
        items.find(itemId).filter(access::mayRead).orElseThrow(() -> notFound(itemId));
    return item.getPublishedVersion().orElseThrow();
  }

  @Override
  public List<Long> findPublicItemIds() {
    return items.findPublishedIds(
        new ItemFilter(Set.of(Visibility.PUBLIC), null, null, null, null));
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public long countView(long itemId) {
    return views.countView(itemId, () -> items.savedViews(itemId));
  }

  @Override
  public int saveViewCounts() {
    Map<Long, Long> counts = views.takeUnsaved();
    try {
      counts.forEach(items::addViews);
    } catch (RuntimeException e) {
      views.keepUnsaved(counts);
      throw e;
    }
    return counts.size();
  }

  @Override
  public ItemVersion getVersion(long itemId, int number) {
    ContentItem item = getItem(itemId);
    return item.findVersion(number)
        .filter(v -> access.maySee(item, v))
        .orElseThrow(() -> new NotFoundException("ItemVersion", itemId + "/v" + number));
  }

  @Override
  public List<VersionDiff.Part> compareVersions(long itemId, int from, int to) {
    return VersionDiff.between(getVersion(itemId, from), getVersion(itemId, to));
  }

  @Override
  public List<ReviewStep> findReviewSteps(long itemId) {
    ContentItem item = getItem(itemId);
    return access.mayManage(item)
        ? steps.findBySubject(ContentItem.REVIEW_SUBJECT, itemId)
        : List.of();
  }

  @Override
  public List<ContentItem> findMyItems() {
    caller.require(Permission.CONTENT_WRITE);
    return caller.organisationId().map(items::findOwnedBy).orElse(List.of());
  }

  @Override
  public List<ContentItem> findItemsInReview() {
    caller.require(Permission.CONTENT_PUBLISH);
    return caller.jurisdictionPath().map(items::findInReview).orElse(List.of());
  }

  @Override
  public List<ContentItem> findPublishedItems(Shelf shelf, int first, int max) {
    return items.findPublished(filter(shelf), Math.max(0, first), Math.max(0, max));
  }

  @Override
  public long countPublishedItems(Shelf shelf) {
    return items.countPublished(filter(shelf));
  }

  @Override
  public List<ContentItem> findMostRead(Shelf shelf, int max) {
    return items.findMostRead(filter(shelf), Math.max(0, max));
  }

  private ItemFilter filter(Shelf shelf) {
    return new ItemFilter(
        access.readable(),
        shelf.kind(),
        shelf.topic(),
        regions.within(shelf.regionCode()),
        shelf.year());
  }

  @Override
  public StoredFile getAttachment(long fileId) {
    boolean allowed =
        items.findVersionsAttaching(fileId).stream().anyMatch(v -> access.maySee(v.getItem(), v));
    if (!allowed) {
      throw new NotFoundException("StoredFile", fileId);
    }
    return files.findFile(fileId).orElseThrow(() -> new NotFoundException("StoredFile", fileId));
  }

  @Override
  public List<ContentTerm> findTopics() {
    return terms.findByKind(TermKind.TOPIC);
  }

  @Override
  public List<ContentTerm> findProblemCategories() {
    return terms.findByKind(TermKind.PROBLEM_CATEGORY);
  }

  @Override
  public List<ContentItem> findQaEntries(long handbookId) {
    return items.findQaEntries(handbookId, access.readable());
  }

  @Override
  public List<JurisdictionNode> findRegions() {
    return jurisdictions.findAll();
  }

  @Override
  public List<JurisdictionNode> findRegionsToWrite() {
    caller.require(Permission.CONTENT_WRITE);
    return caller.jurisdictionPath().map(jurisdictions::findUnder).orElse(List.of());
  }

  /** Topics, categories, region and Q&A handbook must be ones the portal knows. */
  private void requireKnownTerms(ItemContent content) {
    requireAll(content.topics(), TermKind.TOPIC, "cases_item.topic");
    requireAll(
        content.problems().stream().map(p -> p.getCategoryCode()).collect(Collectors.toSet()),
        TermKind.PROBLEM_CATEGORY,
        "cases_item.problemCategory");
    if (content.regionCode() != null && jurisdictions.findByCode(content.regionCode()).isEmpty()) {
      throw new BusinessException(
          "error.item.unknownTerm", "cases_item.region", content.regionCode());
    }
    if (content.qaHandbookId() != null) {
      ContentItem handbook =
          items
              .find(content.qaHandbookId())
              .filter(h -> access.mayManage(h) || access.mayRead(h))
              .orElseThrow(() -> notFound(content.qaHandbookId()));
      if (handbook.getHandbookType() != HandbookType.QA_HANDBOOK) {
        throw new BusinessException("error.item.notQaHandbook");
      }
    }
  }

  private void requireAll(Set<String> codes, TermKind kind, String labelKey) {
    Set<String> known =
        terms.findByKind(kind).stream().map(ContentTerm::getCode).collect(Collectors.toSet());
    codes.stream()
        .filter(code -> code != null && !known.contains(code))
        .findFirst()
        .ifPresent(
            code -> {
              throw new BusinessException("error.item.unknownTerm", labelKey, code);
            });
  }

  /** An item of the caller's own organisation, as a writer. */
  private ContentItem written(long itemId, long version) {
    caller.require(Permission.CONTENT_WRITE);
    ContentItem item = locked(itemId, version);
    if (!access.isOwnOrganisations(item)) {
      throw notFound(itemId);
    }
    return item;
  }

  /** An item in the caller's subtree, as a regulator administrator. */
  private ContentItem reviewed(long itemId, long version) {
    caller.require(Permission.CONTENT_PUBLISH);
    ContentItem item = locked(itemId, version);
    if (!access.mayReview(item)) {
      throw notFound(itemId);
    }
    return item;
  }

  private ContentItem locked(long itemId, long version) {
    ContentItem item = items.findForUpdate(itemId).orElseThrow(() -> notFound(itemId));
    if (!access.mayManage(item)) {
      throw notFound(itemId);
    }
    StaleVersionException.check(ITEM, itemId, version, item.getVersion());
    return item;
  }

  private void storeStep(ContentItem item, ReviewStep.Draft step) {
    steps.store(new ReviewStep(ContentItem.REVIEW_SUBJECT, item.getId(), step));
  }

  private static NotFoundException notFound(long itemId) {
    return new NotFoundException(ITEM, itemId);
  }

  private static String versionDetail(ItemVersion version, String note) {
    return "v" + version.getNumber() + (note == null ? "" : " " + note);
  }

  private void record(AuditAction action, ContentItem item, String detail) {
    String title = item.getWorkingVersion().getTitle();
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "content:" + item.getId(),
            detail == null ? title : title + " " + detail,
            caller.remoteAddress()));
  }
}
