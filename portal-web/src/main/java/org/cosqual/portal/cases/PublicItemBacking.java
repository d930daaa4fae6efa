package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.CommonProblem;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.term.ContentTerm;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.SessionUser;

/**
 * One published item, reached at its readable address {@code /public/items/{id}}: the version
 * readers see; an item the visitor may not read is not found.
 */
@Named("publicItem")
@RequestScoped
public class PublicItemBacking {

  /** A line of a common-problem list with its category's name. */
  public record ProblemRow(CommonProblem problem, String category) {}

  @Inject ContentService content;
  @Inject ShelfChoices choices;
  @Inject SessionUser user;
  @Inject ZoneId zone;

  private String id;
  private ItemVersion version;
  private List<ItemVersion> qaEntries;
  private List<ProblemRow> problems;
  private List<StoredFile> attachments;

  public void load() {
    version = PageActions.loadOrNotFound(content::readItem, id).orElse(null);
  }

  public ItemVersion getVersion() {
    return version;
  }

  public ContentItem getItem() {
    return version.getItem();
  }

  /** Where the readings go: {@link PublicPageFilter} fills them in as it sends the page. */
  public String getViewCountSlot() {
    return RenderedPage.VIEW_COUNT_SLOT;
  }

  public LocalDate getPublishedOn() {
    return LocalDate.ofInstant(version.getItem().getFirstPublishedAt(), zone);
  }

  public List<String> getTopicNames() {
    return version.getTopics().stream().map(choices::topicName).sorted().toList();
  }

  public String getRegionName() {
    return choices.regionName(version.getRegionCode());
  }

  public boolean isHandbook() {
    return getItem().getKind() == ItemKind.HANDBOOK;
  }

  public String getPdfAddress() {
    return ItemCard.address(getItem().getId()) + "/" + ItemAddress.HANDBOOK_PDF;
  }

  /**
   * A Q&A handbook's entries, as their published versions. Like the problems and attachments, read
   * once a request: the page's repeats ask more than once.
   */
  public List<ItemVersion> getQaEntries() {
    if (qaEntries == null) {
      qaEntries =
          getItem().getHandbookType() != HandbookType.QA_HANDBOOK
              ? List.of()
              : content.findQaEntries(getItem().getId()).stream()
                  .map(entry -> entry.getPublishedVersion().orElseThrow())
                  .toList();
    }
    return qaEntries;
  }

  public List<ProblemRow> getProblems() {
    if (problems == null) {
      var names =
          content.findProblemCategories().stream()
              .collect(Collectors.toMap(ContentTerm::getCode, t -> t.nameIn(user.getLocale())));
      problems =
          version.getProblems().stream()
              .map(
                  p ->
                      new ProblemRow(
                          p, names.getOrDefault(p.getCategoryCode(), p.getCategoryCode())))
              .toList();
    }
    return problems;
  }

  /** The attached files, for download links. */
  public List<StoredFile> getAttachments() {
    if (attachments == null) {
      attachments =
          version.getAttachments().stream().map(a -> content.getAttachment(a.getFileId())).toList();
    }
    return attachments;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
