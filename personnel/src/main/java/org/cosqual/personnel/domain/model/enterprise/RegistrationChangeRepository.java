package org.cosqual.personnel.domain.model.enterprise;

import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.review.ReviewState;

public interface RegistrationChangeRepository {

  /** The request, its row locked until the transaction ends. */
  Optional<RegistrationChange> lock(long id);

  /** Requests of enterprises in a jurisdiction subtree in one state, oldest first. */
  List<RegistrationChange> findInSubtree(String pathPrefix, ReviewState state);

  List<RegistrationChange> findByEnterprise(long enterpriseId);

  RegistrationChange store(RegistrationChange change);
}
