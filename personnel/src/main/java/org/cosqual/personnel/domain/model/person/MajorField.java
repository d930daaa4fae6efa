package org.cosqual.personnel.domain.model.person;

/**
 * The field a major belongs to. All but {@link #OTHER} count as related for a quality safety
 * officer (cosmetics, chemistry, chemical engineering, biology, medicine, pharmacy, food, public
 * health, law; DESIGN.md section 4).
 */
public enum MajorField {
  COSMETICS,
  CHEMISTRY,
  CHEMICAL_ENGINEERING,
  BIOLOGY,
  MEDICINE,
  PHARMACY,
  FOOD,
  PUBLIC_HEALTH,
  LAW,
  OTHER;

  public boolean relatedToQualitySafety() {
    return this != OTHER;
  }
}
