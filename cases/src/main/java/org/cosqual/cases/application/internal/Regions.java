package org.cosqual.cases.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionRepository;

/**
 * A region as readers narrow by it: the region and every region within it, so that a province finds
 * its cities' and counties' items and a city its counties'.
 */
@ApplicationScoped
class Regions {

  @Inject JurisdictionRepository jurisdictions;

  /** The codes of the region and the regions within it; null for no region. */
  Set<String> within(String regionCode) {
    if (regionCode == null) {
      return null;
    }
    return jurisdictions
        .findByCode(regionCode)
        .map(
            region ->
                jurisdictions.findUnder(region.getPath()).stream()
                    .map(JurisdictionNode::getCode)
                    .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of(regionCode));
  }
}
