package org.cosqual.personnel.domain.model.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.testing.TestEntities;

/** Enterprises in a list; {@link #store} gives a new one the next id. */
public class FakeEnterpriseRepository implements EnterpriseRepository {

  private final List<Enterprise> all = new ArrayList<>();

  @Override
  public Optional<Enterprise> find(long id) {
    return all.stream().filter(e -> e.getId() == id).findFirst();
  }

  @Override
  public Optional<Enterprise> findByCreditCode(CreditCode creditCode) {
    return all.stream().filter(e -> e.getCreditCode().equals(creditCode)).findFirst();
  }

  @Override
  public Optional<Enterprise> findByOrganisation(long organisationId) {
    return all.stream().filter(e -> e.getOrganisation().getId() == organisationId).findFirst();
  }

  @Override
  public List<Enterprise> findInSubtree(String pathPrefix) {
    return all.stream()
        .filter(e -> e.getOrganisation().getJurisdiction().getPath().startsWith(pathPrefix))
        .toList();
  }

  @Override
  public Enterprise store(Enterprise enterprise) {
    all.add(TestEntities.withId(enterprise, all.size() + 1L));
    return enterprise;
  }
}
