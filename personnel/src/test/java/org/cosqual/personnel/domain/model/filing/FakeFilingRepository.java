package org.cosqual.personnel.domain.model.filing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.testing.TestEntities;

/**
 * Filings in a map, found as the named queries find them. The persistence provider raises the
 * version of a filing changed in a committed transaction; here a test ends its transaction with
 * {@link #endTransaction}, and every filing locked in it (the service locks only to change) gets
 * the next version.
 */
public class FakeFilingRepository implements FilingRepository {

  private static final Comparator<Filing> NEWEST_FIRST =
      Comparator.comparing(Filing::getId).reversed();

  private final Map<Long, Filing> byId = new LinkedHashMap<>();
  private final List<Filing> lockedInTransaction = new ArrayList<>();
  private long nextId = 300;

  @Override
  public Optional<Filing> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Filing> lock(long id) {
    Optional<Filing> filing = find(id);
    filing.ifPresent(lockedInTransaction::add);
    return filing;
  }

  @Override
  public List<Filing> findInSubtree(String pathPrefix, ReviewState state) {
    return select(
        f -> inSubtree(f, pathPrefix) && (state == null || f.getState() == state),
        Comparator.comparing(f -> f.getReview().getSince()));
  }

  @Override
  public List<Filing> findQueue(String pathPrefix, FilingQuery query, int first, int max) {
    return queue(pathPrefix, query).stream().skip(first).limit(max).toList();
  }

  @Override
  public long countQueue(String pathPrefix, FilingQuery query) {
    return queue(pathPrefix, query).size();
  }

  private List<Filing> queue(String pathPrefix, FilingQuery query) {
    return select(
        f ->
            inSubtree(f, pathPrefix)
                && f.getState() == ReviewState.PENDING
                && (query.enterpriseName() == null
                    || f.getEnterprise().getName().contains(query.enterpriseName()))
                && (query.kind() == null || f.getKind() == query.kind())
                && (query.position() == null || f.getPosition().equals(query.position())),
        Comparator.comparing(f -> f.getReview().getSince()));
  }

  @Override
  public long countInSubtree(String pathPrefix, ReviewState state) {
    return byId.values().stream()
        .filter(f -> inSubtree(f, pathPrefix) && f.getState() == state)
        .count();
  }

  @Override
  public List<Filing> findByEnterprise(long enterpriseId) {
    return select(f -> f.getEnterprise().getId() == enterpriseId, NEWEST_FIRST);
  }

  @Override
  public List<Filing> findByPerson(long personId, String idNumberHash) {
    return select(
        f ->
            f.getPerson() != null && f.getPerson().getId() == personId
                || idNumberHash.equals(f.getCandidateHash()),
        NEWEST_FIRST);
  }

  @Override
  public List<Filing> findOpenForCandidate(String idNumberHash) {
    return select(
        f -> idNumberHash.equals(f.getCandidateHash()) && f.getState() != ReviewState.APPROVED,
        NEWEST_FIRST);
  }

  @Override
  public Filing store(Filing filing) {
    TestEntities.withId(filing, nextId++);
    TestEntities.withVersion(filing, 1);
    byId.put(filing.getId(), filing);
    return filing;
  }

  /**
   * The end of the service call's transaction: committed, each filing it locked gets the next
   * version; rolled back, nothing does (the test does not look at the filing's state after that).
   */
  public void endTransaction(boolean committed) {
    if (committed) {
      lockedInTransaction.forEach(f -> TestEntities.withVersion(f, f.getVersion() + 1));
    }
    lockedInTransaction.clear();
  }

  public List<Filing> all() {
    return List.copyOf(byId.values());
  }

  private static boolean inSubtree(Filing filing, String pathPrefix) {
    return filing
        .getEnterprise()
        .getOrganisation()
        .getJurisdiction()
        .getPath()
        .startsWith(pathPrefix);
  }

  private List<Filing> select(Predicate<Filing> which, Comparator<Filing> order) {
    return byId.values().stream().filter(which).sorted(order).toList();
  }
}
