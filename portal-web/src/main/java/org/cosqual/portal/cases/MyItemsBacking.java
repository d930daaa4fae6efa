package org.cosqual.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ItemKind;

/** The items of the caller's association or regulator unit, in every state, and new ones. */
@Named("myItems")
@RequestScoped
public class MyItemsBacking {

  @Inject ContentService content;

  private List<ContentItem> items;

  public List<ContentItem> getItems() {
    if (items == null) {
      items = content.findMyItems();
    }
    return items;
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }
}
