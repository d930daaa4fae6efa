package org.cosqual.cases.domain.model.search;

import java.util.Set;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.Visibility;

/**
 * A reader's search: the words, the filters (null fields do not narrow), the page (from 1) and what
 * the reader may see.
 *
 * @param regionCodes a region and the regions within it
 */
public record SearchQuery(
    String text,
    ItemKind kind,
    String topic,
    Set<String> regionCodes,
    Integer year,
    int page,
    int pageSize,
    Set<Visibility> visibilities) {

  public SearchQuery {
    visibilities = Set.copyOf(visibilities);
    regionCodes = regionCodes == null ? null : Set.copyOf(regionCodes);
  }
}
