package org.cosqual.personnel.domain.model.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JurisdictionLevelTest {

  @Test
  void provinceChildIsCity() {
    assertEquals(JurisdictionLevel.CITY, JurisdictionLevel.PROVINCE.child());
  }

  @Test
  void cityChildIsCounty() {
    assertEquals(JurisdictionLevel.COUNTY, JurisdictionLevel.CITY.child());
  }

  @Test
  void countyHasNoChild() {
    assertThrows(IllegalStateException.class, JurisdictionLevel.COUNTY::child);
  }
}
