package org.cosqual.portal.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.Attachment;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ItemStatus;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.SourceKind;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.ReviewNotes;
import org.primefaces.model.file.UploadedFile;

/**
 * One item for those who manage it: where it stands, its versions and review steps; for its writers
 * the attachments and the submission; for regulator administrators the review, publication and
 * archiving. Every action carries the version the page was loaded at.
 */
@Named("item")
@ViewScoped
public class ItemBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentService content;
  @Inject transient FileDownload download;
  @Inject transient Caller caller;

  private String id;
  private long itemId;
  private long version;
  private transient ContentItem item;
  private transient ItemVersion shown;
  private transient Map<String, ContentTerm> categories;
  private transient List<StoredFile> attachments;
  private final ReviewNotes notes = new ReviewNotes();
  private transient UploadedFile attachmentFile;

  public void load() {
    if (item == null) {
      PageActions.loadOrNotFound(content::getItem, id).ifPresent(this::show);
    }
  }

  private void show(ContentItem loaded) {
    item = loaded;
    itemId = loaded.getId();
    version = loaded.getVersion();
    shown = null;
    attachments = null;
  }

  private void reload() {
    show(content.getItem(itemId));
  }

  public ContentItem getItem() {
    if (item == null && itemId != 0) {
      reload();
    }
    return item;
  }

  /**
   * The version this page shows: the working one where the caller may see it, else the published
   * one (an association's unsubmitted revision stays its own).
   */
  public ItemVersion getShown() {
    if (shown == null) {
      ContentItem current = getItem();
      try {
        shown = content.getVersion(itemId, current.getWorkingVersion().getNumber());
      } catch (NotFoundException unseen) {
        shown = current.getPublishedVersion().orElseThrow();
      }
    }
    return shown;
  }

  public List<ReviewStep> getSteps() {
    return content.findReviewSteps(itemId);
  }

  /** The problem categories by code, read once for the view: the table asks for every row. */
  public Map<String, ContentTerm> getCategories() {
    if (categories == null) {
      categories =
          content.findProblemCategories().stream()
              .collect(Collectors.toMap(ContentTerm::getCode, term -> term));
    }
    return categories;
  }

  /** The shown version's files, read once until the item changes: a table asks several times. */
  public List<StoredFile> getAttachments() {
    if (attachments == null) {
      attachments =
          getShown().getAttachments().stream()
              .map(Attachment::getFileId)
              .map(content::getAttachment)
              .toList();
    }
    return attachments;
  }

  private void act(Runnable call, String messageKey) {
    notes.act(call, messageKey, () -> getShown().getTitle(), this::reload);
  }

  public void submit() {
    act(() -> content.submitItem(itemId, version, notes.getNote()), "cases_item.message.submitted");
  }

  public void approve() {
    act(() -> content.approveItem(itemId, version, notes.getNote()), "cases_item.message.approved");
  }

  public void returnForCorrection() {
    act(
        () -> content.returnItem(itemId, version, notes.getReason()),
        "cases_item.message.returned");
  }

  public void publish() {
    act(() -> content.publishItem(itemId, version), "cases_item.message.published");
  }

  public void archive() {
    act(() -> content.archiveItem(itemId, version), "cases_item.message.archived");
  }

  /** Uploads the chosen file, then attaches it to the working version; a refusal says why. */
  public void attach() {
    if (attachmentFile == null || attachmentFile.getSize() == 0) {
      PageMessages.error("cases_item.message.chooseFile");
      return;
    }
    try (InputStream in = attachmentFile.getInputStream()) {
      String name = attachmentFile.getFileName();
      act(
          () -> content.attachFile(itemId, version, content.uploadAttachment(name, in).getId()),
          "cases_item.message.attached");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      attachmentFile = null;
    }
  }

  public void downloadAttachment(StoredFile file) {
    download.send(file, true);
  }

  /** Whether the caller writes for the item's association or regulator unit. */
  public boolean isWriter() {
    return caller.has(Permission.CONTENT_WRITE)
        && caller.organisationId().map(getItem()::isOwnedBy).orElse(false);
  }

  /** The writer may change it: not archived, not waiting for review. */
  public boolean isEditable() {
    ContentItem current = getItem();
    return isWriter() && current.getStatus() != ItemStatus.ARCHIVED && !current.isInReview();
  }

  /** The working version is new work not yet published: it may be submitted or published. */
  public boolean isUnpublishedWork() {
    ContentItem current = getItem();
    return current.getStatus() != ItemStatus.ARCHIVED
        && !current.isInReview()
        && !Integer.valueOf(current.getWorkingVersion().getNumber())
            .equals(current.getPublishedNumber());
  }

  public boolean isSubmittable() {
    return isWriter() && isUnpublishedWork();
  }

  private boolean isPublisher() {
    return caller.has(Permission.CONTENT_PUBLISH);
  }

  public boolean isReviewer() {
    return isPublisher() && getItem().isInReview();
  }

  /** A regulator unit's own new work, which its administrators publish without review. */
  public boolean isPublishable() {
    return isPublisher()
        && getItem().getSourceKind() == SourceKind.REGULATOR
        && isUnpublishedWork();
  }

  public boolean isArchivable() {
    return isPublisher() && getItem().getStatus() == ItemStatus.PUBLISHED;
  }

  /** The state in words: a returned draft and a revision under way say so. */
  public String getState() {
    ContentItem current = getItem();
    if (current.isInReview()) {
      return PageMessages.text("ItemStatus.IN_REVIEW");
    }
    if (current.isReturned() && isUnpublishedWork()) {
      return PageMessages.text("cases_item.state.returned");
    }
    return PageMessages.text("ItemStatus." + current.getStatus());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ReviewNotes getNotes() {
    return notes;
  }

  public UploadedFile getAttachmentFile() {
    return attachmentFile;
  }

  public void setAttachmentFile(UploadedFile attachmentFile) {
    this.attachmentFile = attachmentFile;
  }
}
