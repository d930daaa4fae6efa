package org.cosqual.personnel.domain.model.filing;

import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.review.ReviewState;

public interface FilingRepository {

  Optional<Filing> find(long id);

  /** The filing, its row locked until the transaction ends. */
  Optional<Filing> lock(long id);

  /** Filings of enterprises in a jurisdiction subtree, oldest first; all states when null. */
  List<Filing> findInSubtree(String pathPrefix, ReviewState state);

  long countInSubtree(String pathPrefix, ReviewState state);

  /** One page of the pending filings in a subtree that match the query, oldest first. */
  List<Filing> findQueue(String pathPrefix, FilingQuery query, int first, int max);

  long countQueue(String pathPrefix, FilingQuery query);

  List<Filing> findByEnterprise(long enterpriseId);

  /** Filings about the person, or about the id number before the person was in the archive. */
  List<Filing> findByPerson(long personId, String idNumberHash);

  /** Filings not yet approved whose candidate has this id number hash. */
  List<Filing> findOpenForCandidate(String idNumberHash);

  Filing store(Filing filing);
}
