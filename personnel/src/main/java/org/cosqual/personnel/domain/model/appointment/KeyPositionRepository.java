package org.cosqual.personnel.domain.model.appointment;

import java.util.List;
import java.util.Optional;

public interface KeyPositionRepository {

  /** Every position, retired ones too, in the order lists show them. */
  List<KeyPositionDefinition> findAll();

  Optional<KeyPositionDefinition> find(KeyPosition position);

  /** Whether a name is taken by another position than {@code except} (null for none). */
  boolean nameTaken(String name, KeyPosition except);

  KeyPositionDefinition store(KeyPositionDefinition definition);
}
