package org.cosqual.personnel.domain.model.enterprise;

import java.util.List;
import java.util.Optional;

public interface EnterpriseRepository {

  Optional<Enterprise> find(long id);

  Optional<Enterprise> findByCreditCode(CreditCode creditCode);

  Optional<Enterprise> findByOrganisation(long organisationId);

  /** Enterprises whose jurisdiction path starts with {@code pathPrefix}. */
  List<Enterprise> findInSubtree(String pathPrefix);

  /**
   * One page of the enterprises inside {@code scope} that match {@code query}, in its order (ties
   * broken by name, then id, so pages never overlap); organisation and jurisdiction loaded.
   */
  List<Enterprise> search(EnterpriseQuery query, EnterpriseScope scope, int first, int pageSize);

  long count(EnterpriseQuery query, EnterpriseScope scope);

  /** The enterprise, if it lies inside {@code scope}; organisation and jurisdiction loaded. */
  Optional<Enterprise> findVisible(long id, EnterpriseScope scope);

  /**
   * As {@link #findVisible}, for a change: the row is locked until the transaction ends and its
   * version rises when it commits, even if only its organisation (name, jurisdiction) changed, so
   * every form loaded before is stale afterwards.
   */
  Optional<Enterprise> lockForChange(long id, EnterpriseScope scope);

  Enterprise store(Enterprise enterprise);
}
