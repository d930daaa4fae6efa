package org.cosqual.cases.application;

import java.io.InputStream;
import java.util.List;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemContent;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.VersionDiff;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.review.ReviewStep;

/**
 * Cases, handbooks, Q&A entries and common-problem lists: association editors and regulators write
 * them, regulator administrators review, publish and archive them, and readers read what their
 * visibility allows. An item the caller may neither manage nor read is "not found", whatever id is
 * asked for. Changes carry the version the form was loaded at and are refused when it is stale.
 */
public interface ContentService {

  /** A new draft of the caller's association or regulator unit. */
  ContentItem draftItem(ItemKind kind, HandbookType handbookType, ItemContent content);

  /**
   * New content for the working version; a published item gets a new version, which readers see
   * once it is published.
   */
  ContentItem reviseItem(long itemId, long version, ItemContent content, String changeSummary);

  /**
   * Stores an upload for an item (PDF, JPEG, PNG, DOCX or XLSX by content, at most 20 MB), to be
   * attached with {@link #attachFile}.
   */
  StoredFile uploadAttachment(String fileName, InputStream content);

  /**
   * Attaches a file the caller uploaded to the working version; an image may then be shown in the
   * rich text at {@code /public/attachments/{file id}}.
   */
  ContentItem attachFile(long itemId, long version, long fileId);

  ContentItem submitItem(long itemId, long version, String note);

  /** Approves the version in review: it is published. */
  ContentItem approveItem(long itemId, long version, String comment);

  ContentItem returnItem(long itemId, long version, String reason);

  /** Publishes a regulator unit's own working version without review. */
  ContentItem publishItem(long itemId, long version);

  ContentItem archiveItem(long itemId, long version);

  /** An item the caller manages (any state) or may read (published). */
  ContentItem getItem(long itemId);

  /** The published version of an item the caller may read. */
  ItemVersion readItem(long itemId);

  /**
   * Counts one reading of a published item's page and answers its readings so far, this one
   * included. Counted in memory: {@link #saveViewCounts} adds them to the database.
   */
  long countView(long itemId);

  /** Adds the readings counted since the last call to the items; answers how many items. */
  int saveViewCounts();

  /** One version of an item: any for those who manage it, a published one for readers. */
  ItemVersion getVersion(long itemId, int number);

  /** What changed from version {@code from} to version {@code to}. */
  List<VersionDiff.Part> compareVersions(long itemId, int from, int to);

  List<ReviewStep> findReviewSteps(long itemId);

  /** The items of the caller's association or regulator unit, in every state. */
  List<ContentItem> findMyItems();

  /** Items waiting for review in the caller's jurisdiction subtree. */
  List<ContentItem> findItemsInReview();

  /** Published items the caller may read, the latest first. */
  List<ContentItem> findPublishedItems(Shelf shelf, int first, int max);

  long countPublishedItems(Shelf shelf);

  /**
   * The published items anyone may read, whoever calls, the latest first: the item pages an
   * anonymous visitor can open.
   */
  List<Long> findPublicItemIds();

  /** Published items the caller may read, the most read first. */
  List<ContentItem> findMostRead(Shelf shelf, int max);

  /**
   * A stored file attached to a version the caller may read or manage, for download or as an image
   * in the text.
   */
  StoredFile getAttachment(long fileId);

  List<ContentTerm> findTopics();

  List<ContentTerm> findProblemCategories();

  /** The published Q&A entries of a Q&A handbook that the caller may read, in their order. */
  List<ContentItem> findQaEntries(long handbookId);

  /** The jurisdiction nodes an item may be filed under, for readers' filters and labels. */
  List<JurisdictionNode> findRegions();

  /**
   * The regions a writer may file an item under: their organisation's jurisdiction and every region
   * within it (a provincial association's editor, the whole province).
   */
  List<JurisdictionNode> findRegionsToWrite();
}
