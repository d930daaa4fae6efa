package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;

/** The names of key positions as the province keeps them, for documents and archive lines. */
@ApplicationScoped
class PositionNames {

  @Inject KeyPositionService positions;

  /** The position's name, or its code when the province no longer lists it. */
  String of(KeyPosition position) {
    return positions.findAll().stream()
        .filter(d -> d.position().equals(position))
        .map(KeyPositionDefinition::getName)
        .findFirst()
        .orElse(position.code());
  }
}
