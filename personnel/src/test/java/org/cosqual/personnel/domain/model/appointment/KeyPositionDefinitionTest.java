package org.cosqual.personnel.domain.model.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class KeyPositionDefinitionTest {

  private final FakeKeyPositionRepository positions = new FakeKeyPositionRepository();

  @Test
  void onlyTheLegalRepresentativeAndTheQualitySafetyOfficerHoldOne() {
    for (KeyPositionDefinition definition : positions.findAll()) {
      boolean single =
          definition.position().equals(KeyPosition.LEGAL_REPRESENTATIVE)
              || definition.position().equals(KeyPosition.QUALITY_SAFETY_OFFICER);
      assertEquals(single, definition.isSingleHolder(), definition.getCode());
    }
  }

  @Test
  void aBuiltInPositionKeepsItsHolderRuleAndCannotBeRetired() {
    KeyPositionDefinition officer = positions.definition(KeyPosition.QUALITY_SAFETY_OFFICER);
    assertEquals(
        "error.keyPosition.builtIn",
        assertThrows(BusinessException.class, () -> officer.holdOnlyOne(false)).getMessageKey());
    assertEquals(
        "error.keyPosition.builtIn",
        assertThrows(BusinessException.class, officer::retire).getMessageKey());
    assertTrue(officer.isSingleHolder());
    assertTrue(officer.isActive());
    officer.holdOnlyOne(true);
  }

  @Test
  void anAddedPositionIsRenamedMadeSingleRetiredAndReinstated() {
    KeyPositionDefinition buyer =
        KeyPositionDefinition.added(new KeyPosition("POSITION_6"), " 采购部门负责人 ", null, false, 60);
    assertEquals("采购部门负责人", buyer.getName());
    buyer.holdOnlyOne(true);
    assertTrue(buyer.isSingleHolder());
    buyer.retire();
    assertFalse(buyer.isActive());
    buyer.reinstate();
    assertTrue(buyer.isActive());
  }

  @Test
  void theNameIsRequiredAndBounded() {
    assertEquals(
        "error.field.required",
        assertThrows(
                BusinessException.class,
                () ->
                    KeyPositionDefinition.added(
                        new KeyPosition("POSITION_6"), " ", null, false, 60))
            .getMessageKey());
    assertEquals(
        "error.field.tooLong",
        assertThrows(
                BusinessException.class,
                () ->
                    KeyPositionDefinition.added(
                        new KeyPosition("POSITION_6"),
                        "岗".repeat(KeyPositionDefinition.NAME_MAX + 1),
                        null,
                        false,
                        60))
            .getMessageKey());
  }

  @Test
  void theEnglishNameServesEnglishReadersWhereThereIsOne() {
    KeyPositionDefinition buyer =
        KeyPositionDefinition.added(
            new KeyPosition("POSITION_6"), "采购部门负责人", "Head of purchasing", false, 60);
    assertEquals("Head of purchasing", buyer.nameIn(Locale.ENGLISH));
    assertEquals("采购部门负责人", buyer.nameIn(Locale.SIMPLIFIED_CHINESE));
    buyer.describe("采购部门负责人", " ");
    assertEquals("采购部门负责人", buyer.nameIn(Locale.ENGLISH));
  }

  @Test
  void aCodeIsUpperCaseLettersDigitsAndUnderscores() {
    assertThrows(IllegalArgumentException.class, () -> new KeyPosition("lab_manager"));
    assertThrows(IllegalArgumentException.class, () -> new KeyPosition("1LAB"));
    assertThrows(IllegalArgumentException.class, () -> new KeyPosition("LAB MANAGER"));
    assertEquals("LAB_MANAGER", new KeyPosition("LAB_MANAGER").code());
  }
}
