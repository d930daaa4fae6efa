package org.cosqual.personnel.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

  Optional<Organisation> find(long id);

  Optional<Organisation> findByCode(String code);

  /**
   * Organisations whose jurisdiction path starts with {@code pathPrefix}, optionally of one kind.
   */
  List<Organisation> findInSubtree(String pathPrefix, OrganisationKind kind);

  Organisation store(Organisation organisation);
}
