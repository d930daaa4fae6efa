package org.cosqual.personnel.domain.model.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cosqual.personnel.testing.TestEntities;

/** Organisations in a map; the subtree search is the path-prefix match of the JPA query. */
public class FakeOrganisationRepository implements OrganisationRepository {

  private final Map<Long, Organisation> byId = new LinkedHashMap<>();
  private long nextId = 100;

  @Override
  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Organisation> findByCode(String code) {
    return byId.values().stream().filter(o -> o.getCode().equals(code)).findFirst();
  }

  @Override
  public List<Organisation> findInSubtree(String pathPrefix, OrganisationKind kind) {
    List<Organisation> found = new ArrayList<>();
    for (Organisation o : byId.values()) {
      if (o.getJurisdiction().getPath().startsWith(pathPrefix)
          && (kind == null || o.getKind() == kind)) {
        found.add(o);
      }
    }
    return found;
  }

  @Override
  public Organisation store(Organisation organisation) {
    if (organisation.getId() == null) {
      TestEntities.withId(organisation, nextId++);
    }
    byId.put(organisation.getId(), organisation);
    return organisation;
  }
}
