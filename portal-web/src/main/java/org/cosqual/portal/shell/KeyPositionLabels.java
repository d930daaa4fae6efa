package org.cosqual.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;

/**
 * Views' key positions: their names in the page's language and the ones a form offers. They are
 * data the province keeps, not bundle texts, so they are read once a request.
 */
@Named("keyPositions")
@RequestScoped
public class KeyPositionLabels {

  @Inject KeyPositionService service;

  private List<KeyPositionDefinition> all;
  private Function<KeyPosition, String> pageNames;

  /** The position's name in the page's language; tables ask once a row, so the names are kept. */
  public String label(KeyPosition position) {
    if (pageNames == null) {
      pageNames = names(locale());
    }
    return pageNames.apply(position);
  }

  /** The names in one language; a code no longer defined shows as itself. */
  public Function<KeyPosition, String> names(Locale locale) {
    return names(all(), locale);
  }

  /** As {@link #names(Locale)}, of the given definitions. */
  public static Function<KeyPosition, String> names(
      List<KeyPositionDefinition> definitions, Locale locale) {
    Map<KeyPosition, String> names =
        definitions.stream()
            .collect(Collectors.toMap(KeyPositionDefinition::position, k -> k.nameIn(locale)));
    return position -> position == null ? "" : names.getOrDefault(position, position.code());
  }

  /** The positions new appointments may take. */
  public List<KeyPosition> getOpen() {
    return all().stream()
        .filter(KeyPositionDefinition::isActive)
        .map(KeyPositionDefinition::position)
        .toList();
  }

  /** Every position, retired ones too, for narrowing lists of records. */
  public List<KeyPosition> getAll() {
    return all().stream().map(KeyPositionDefinition::position).toList();
  }

  private List<KeyPositionDefinition> all() {
    if (all == null) {
      all = service.findAll();
    }
    return all;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
