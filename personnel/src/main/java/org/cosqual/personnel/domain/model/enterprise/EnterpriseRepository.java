package org.cosqual.personnel.domain.model.enterprise;

import java.util.List;
import java.util.Optional;

public interface EnterpriseRepository {

  Optional<Enterprise> find(long id);

  Optional<Enterprise> findByCreditCode(CreditCode creditCode);

  Optional<Enterprise> findByOrganisation(long organisationId);

  /** Enterprises whose jurisdiction path starts with {@code pathPrefix}. */
  List<Enterprise> findInSubtree(String pathPrefix);

  Enterprise store(Enterprise enterprise);
}
