package org.cosqual.cases.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionsTest {

  private final Regions regions = new Regions();

  @BeforeEach
  void tree() {
    FakeJurisdictionRepository tree = new FakeJurisdictionRepository();
    JurisdictionNode province = tree.store(JurisdictionNode.province("640000", "宁夏回族自治区"));
    JurisdictionNode city = tree.store(province.addChild("640100", "银川市"));
    tree.store(city.addChild("640104", "兴庆区"));
    tree.store(province.addChild("640200", "石嘴山市"));
    regions.jurisdictions = tree;
  }

  @Test
  void aRegionStandsForItselfAndEveryRegionWithinIt() {
    assertEquals(Set.of("640000", "640100", "640104", "640200"), regions.within("640000"));
    assertEquals(Set.of("640100", "640104"), regions.within("640100"));
    assertEquals(Set.of("640104"), regions.within("640104"));
  }

  @Test
  void noRegionNarrowsNothingAndAnUnknownOneOnlyItself() {
    assertNull(regions.within(null));
    assertEquals(Set.of("990000"), regions.within("990000"));
  }
}
