package org.cosqual.personnel.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/** Stores a {@link KeyPosition} as its code, the key of its row in {@code key_position}. */
@Converter(autoApply = true)
public class KeyPositionConverter implements AttributeConverter<KeyPosition, String> {

  @Override
  public String convertToDatabaseColumn(KeyPosition position) {
    return position == null ? null : position.code();
  }

  @Override
  public KeyPosition convertToEntityAttribute(String code) {
    return code == null ? null : new KeyPosition(code);
  }
}
