package org.cosqual.personnel.domain.model.jurisdiction;

import java.util.List;
import java.util.Optional;

public interface JurisdictionRepository {

  Optional<JurisdictionNode> find(long id);

  Optional<JurisdictionNode> findByCode(String code);

  List<JurisdictionNode> findAll();

  /** Stores a new node and gives it its materialised path. */
  JurisdictionNode store(JurisdictionNode node);
}
