package org.cosqual.portal.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.application.Shelf;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ProblemStatus;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.portal.personnel.JurisdictionOption;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;

/**
 * Drafting an item of any kind, or revising one: the form carries the version it was loaded at, and
 * a refused save keeps what was typed. Revising a published item starts its next version, with a
 * change summary.
 */
@Named("itemForm")
@ViewScoped
public class ItemFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentService content;

  private String id;
  private ItemKind kind;
  private HandbookType handbookType;
  private Long itemId;
  private long version;
  private boolean published;
  private ItemFields fields;
  private String changeSummary;
  private List<JurisdictionOption> regions;

  public void load() {
    if (fields != null) {
      return;
    }
    if (id == null || id.isBlank()) {
      if (kind == null) {
        PageActions.notFound();
        return;
      }
      fields = ItemFields.blank(kind);
      return;
    }
    PageActions.loadOrNotFound(content::getItem, id).ifPresent(this::show);
  }

  private void show(ContentItem item) {
    itemId = item.getId();
    version = item.getVersion();
    kind = item.getKind();
    handbookType = item.getHandbookType();
    published = item.getPublishedNumber() != null;
    fields = ItemFields.of(item.getWorkingVersion());
  }

  public String save() {
    ContentItem[] saved = new ContentItem[1];
    boolean done =
        PageActions.attempt(
            () ->
                saved[0] =
                    itemId == null
                        ? content.draftItem(kind, handbookType, fields.toContent(kind))
                        : content.reviseItem(
                            itemId, version, fields.toContent(kind), changeSummary));
    if (!done) {
      return null;
    }
    PageMessages.info("cases_item.message.saved", saved[0].getWorkingVersion().getTitle());
    PageMessages.keepForRedirect();
    return "/cases/item.xhtml?faces-redirect=true&id=" + saved[0].getId();
  }

  public List<ContentTerm> getTopics() {
    return content.findTopics();
  }

  public List<ContentTerm> getCategories() {
    return content.findProblemCategories();
  }

  /** The Q&A handbooks an entry may join: the caller's own and the published ones. */
  public List<ContentItem> getQaHandbooks() {
    Stream<ContentItem> published =
        content.findPublishedItems(new Shelf(ItemKind.HANDBOOK, null, null, null), 0, 200).stream();
    return Stream.concat(content.findMyItems().stream(), published)
        .filter(item -> item.getHandbookType() == HandbookType.QA_HANDBOOK)
        .collect(
            Collectors.toMap(ContentItem::getId, item -> item, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  public List<JurisdictionOption> getRegions() {
    if (regions == null) {
      regions = JurisdictionOption.of(content.findRegionsToWrite());
    }
    return regions;
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public HandbookType[] getHandbookTypes() {
    return HandbookType.values();
  }

  public ProblemStatus[] getProblemStatuses() {
    return ProblemStatus.values();
  }

  public boolean isNew() {
    return itemId == null;
  }

  /** Whether the save makes a new version of a published item, which asks for a change summary. */
  public boolean isRevisingPublished() {
    return published;
  }

  public boolean isCase() {
    return kind == ItemKind.BENCHMARK_CASE || kind == ItemKind.TYPICAL_CASE;
  }

  public ItemFields getFields() {
    return fields;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    if (itemId == null) {
      this.kind = kind;
    }
  }

  public HandbookType getHandbookType() {
    return handbookType;
  }

  public void setHandbookType(HandbookType handbookType) {
    this.handbookType = handbookType;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public void setChangeSummary(String changeSummary) {
    this.changeSummary = changeSummary;
  }
}
