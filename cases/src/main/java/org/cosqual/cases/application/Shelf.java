package org.cosqual.cases.application;

import org.cosqual.cases.domain.model.item.ItemKind;

/**
 * A reader's narrowing of the published items; null fields do not narrow.
 *
 * @param year the calendar year of first publication
 */
public record Shelf(ItemKind kind, String topic, String regionCode, Integer year) {

  public static Shelf all() {
    return new Shelf(null, null, null, null);
  }
}
