package org.cosqual.cases.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.ReaderKind;
import org.cosqual.cases.domain.model.item.SourceKind;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;

/**
 * Who may do what with an item. Writers manage their own organisation's items; regulator
 * administrators manage the items of their jurisdiction subtree that regulators wrote or that an
 * association submitted or published (an association's first draft stays its own until then).
 * Readers read the published version when its visibility allows.
 */
@ApplicationScoped
class ContentAccess {

  @Inject Caller caller;

  boolean mayManage(ContentItem item) {
    return isOwnOrganisations(item) || mayReview(item);
  }

  boolean isOwnOrganisations(ContentItem item) {
    return caller.has(Permission.CONTENT_WRITE)
        && caller.organisationId().map(item::isOwnedBy).orElse(false);
  }

  boolean mayReview(ContentItem item) {
    return caller.has(Permission.CONTENT_PUBLISH)
        && caller
            .jurisdictionPath()
            .map(item.getOwner().getJurisdiction().getPath()::startsWith)
            .orElse(false)
        && (item.getSourceKind() == SourceKind.REGULATOR
            || item.getReview() != null
            || item.getPublishedNumber() != null);
  }

  /**
   * Whether the caller may see this version: its own organisation any; a reviewer the published
   * ones, and the others once submitted (an association's revision stays its own until then); a
   * reader a published one while the item is published and visible to them.
   */
  boolean maySee(ContentItem item, ItemVersion version) {
    if (isOwnOrganisations(item)) {
      return true;
    }
    boolean published = version.getPublishedAt() != null;
    if (mayReview(item)) {
      return published || item.getSourceKind() == SourceKind.REGULATOR || item.getReview() != null;
    }
    return published && mayRead(item) && mayRead(version);
  }

  boolean mayRead(ContentItem item) {
    return item.isPublished() && item.getPublishedVersion().map(this::mayRead).orElse(false);
  }

  boolean mayRead(ItemVersion version) {
    return reader().mayRead(version.getVisibility());
  }

  Set<Visibility> readable() {
    return reader().readable();
  }

  private ReaderKind reader() {
    return ReaderKind.of(caller.roles());
  }
}
