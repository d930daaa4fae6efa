package org.cosqual.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/** A key position in a form by its code; a code that is not one is refused, not guessed at. */
@FacesConverter(forClass = KeyPosition.class)
public class KeyPositionConverter implements Converter<KeyPosition> {

  @Override
  public KeyPosition getAsObject(FacesContext context, UIComponent component, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!KeyPosition.CODE.matcher(code).matches()) {
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              PageMessages.text("error.keyPosition.unknown", code),
              null));
    }
    return new KeyPosition(code);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, KeyPosition position) {
    return position == null ? "" : position.code();
  }
}
