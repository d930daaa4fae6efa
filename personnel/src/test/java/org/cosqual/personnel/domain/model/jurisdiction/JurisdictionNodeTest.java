package org.cosqual.personnel.domain.model.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.Test;

class JurisdictionNodeTest {

  /** Gives a node the id the database would and computes its path, as the repository does. */
  private static JurisdictionNode saved(JurisdictionNode node, long id) {
    TestEntities.withId(node, id);
    node.assignPath();
    return node;
  }

  private final JurisdictionNode province = saved(JurisdictionNode.province("44", "Guangdong"), 1);
  private final JurisdictionNode city = saved(province.addChild("4401", "Guangzhou"), 4);
  private final JurisdictionNode county = saved(city.addChild("440106", "Tianhe"), 9);

  @Test
  void provinceHasNoParentAndARootPath() {
    assertEquals(JurisdictionLevel.PROVINCE, province.getLevel());
    assertNull(province.getParent());
    assertEquals("/1/", province.getPath());
  }

  @Test
  void childrenTakeTheNextLevelAndExtendTheParentsPath() {
    assertEquals(JurisdictionLevel.CITY, city.getLevel());
    assertSame(province, city.getParent());
    assertEquals("/1/4/", city.getPath());

    assertEquals(JurisdictionLevel.COUNTY, county.getLevel());
    assertSame(city, county.getParent());
    assertEquals("/1/4/9/", county.getPath());
  }

  @Test
  void countyCannotHaveAChild() {
    assertThrows(IllegalStateException.class, () -> county.addChild("44010601", "Street"));
  }

  @Test
  void pathCannotBeAssignedBeforeTheIdIsKnown() {
    JurisdictionNode unsaved = province.addChild("4403", "Shenzhen");
    assertThrows(IllegalStateException.class, unsaved::assignPath);
  }

  @Test
  void codeAndNameAreTrimmedAndRequired() {
    JurisdictionNode node = JurisdictionNode.province(" 45 ", " Guangxi ");
    assertEquals("45", node.getCode());
    assertEquals("Guangxi", node.getName());
    assertThrows(IllegalArgumentException.class, () -> JurisdictionNode.province(" ", "Guangxi"));
    assertThrows(IllegalArgumentException.class, () -> JurisdictionNode.province("45", null));
  }

  @Test
  void nodeContainsItself() {
    assertTrue(province.contains(province));
    assertTrue(county.contains(county));
  }

  @Test
  void ancestorContainsEveryDescendant() {
    assertTrue(province.contains(city));
    assertTrue(province.contains(county));
    assertTrue(city.contains(county));
  }

  @Test
  void descendantDoesNotContainItsAncestor() {
    assertFalse(city.contains(province));
    assertFalse(county.contains(city));
  }

  @Test
  void siblingIsNotContained() {
    JurisdictionNode otherCity = saved(province.addChild("4403", "Shenzhen"), 5);
    assertFalse(city.contains(otherCity));
    assertFalse(otherCity.contains(county));
  }

  @Test
  void nodeWhoseIdStartsWithTheSameDigitsIsNotContained() {
    JurisdictionNode province12 = saved(JurisdictionNode.province("45", "Guangxi"), 12);
    JurisdictionNode city41 = saved(province.addChild("4414", "Meizhou"), 41);

    assertFalse(province.contains(province12), "/1/ must not contain /12/");
    assertFalse(city.contains(city41), "/1/4/ must not contain /1/41/");
    assertTrue(province.contains(city41));
  }
}
