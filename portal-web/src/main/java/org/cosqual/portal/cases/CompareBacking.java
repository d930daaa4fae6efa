package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.VersionDiff;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.shell.PageActions;

/**
 * What changed between two versions of an item, part by part, the text diff of a changed part
 * highlighted. By default the version before the latest against the latest.
 */
@Named("compare")
@RequestScoped
public class CompareBacking {

  @Inject ContentService content;

  private String id;
  private Integer from;
  private Integer to;
  private ContentItem item;
  private List<VersionDiff.Part> parts;

  public void load() {
    PageActions.loadOrNotFound(content::getItem, id).ifPresent(this::compare);
  }

  private void compare(ContentItem loaded) {
    item = loaded;
    int latest = loaded.getWorkingVersion().getNumber();
    to = to == null ? latest : to;
    from = from == null ? Math.max(1, to - 1) : from;
    try {
      parts = content.compareVersions(loaded.getId(), from, to);
    } catch (NotFoundException unseen) {
      PageActions.notFound();
    }
  }

  public ContentItem getItem() {
    return item;
  }

  public List<VersionDiff.Part> getParts() {
    return parts;
  }

  /** The version numbers to compare. */
  public List<Integer> getNumbers() {
    return item.getVersions().stream().map(v -> v.getNumber()).toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
