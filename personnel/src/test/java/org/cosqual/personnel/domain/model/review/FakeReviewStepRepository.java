package org.cosqual.personnel.domain.model.review;

import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.testing.TestEntities;

/** Review steps in the order stored, with their subject kept beside them. */
public class FakeReviewStepRepository implements ReviewStepRepository {

  private record Stored(String subjectType, long subjectId, ReviewStep step) {}

  private final List<Stored> all = new ArrayList<>();
  private long nextId = 1;

  @Override
  public List<ReviewStep> findBySubject(String subjectType, long subjectId) {
    return all.stream()
        .filter(s -> s.subjectType().equals(subjectType) && s.subjectId() == subjectId)
        .map(Stored::step)
        .toList();
  }

  @Override
  public ReviewStep store(ReviewStep step) {
    TestEntities.withId(step, nextId++);
    all.add(
        new Stored(
            (String) TestEntities.get(step, "subjectType"),
            (Long) TestEntities.get(step, "subjectId"),
            step));
    return step;
  }

  public int count() {
    return all.size();
  }
}
