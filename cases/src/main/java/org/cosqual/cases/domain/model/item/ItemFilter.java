package org.cosqual.cases.domain.model.item;

import java.util.Set;

/**
 * What a reader narrows a list of published items to; null fields do not narrow it.
 *
 * @param visibilities what the reader may see; never empty
 * @param regionCodes a region and the regions within it
 * @param year the year of first publication
 */
public record ItemFilter(
    Set<Visibility> visibilities,
    ItemKind kind,
    String topic,
    Set<String> regionCodes,
    Integer year) {

  public ItemFilter {
    visibilities = Set.copyOf(visibilities);
    regionCodes = regionCodes == null ? null : Set.copyOf(regionCodes);
  }
}
