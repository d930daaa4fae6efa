package org.cosqual.training.domain.model.course;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CourseRepository {

  Optional<Course> find(long id);

  /** The course, its row locked until the transaction ends, so two decisions queue. */
  Optional<Course> findForUpdate(long id);

  /** Published courses for an audience, by title. */
  List<Course> findPublished(Set<Audience> audiences);

  /** Every course not retired that an organisation drafted, newest first. */
  List<Course> findDraftedBy(long organisationId);

  /** Courses of any organisation waiting for a regulator's review, oldest submission first. */
  List<Course> findInReview();

  /**
   * The courses regulators manage: the province's own in every state, and associations' once
   * submitted for review; by status, then title.
   */
  List<Course> findForRegulators();

  Course store(Course course);

  /** The materials of a course the person has opened (ids). */
  Set<Long> findOpenedMaterials(long personId, long courseId);

  /** Records the first opening; a later one changes nothing. */
  void recordOpening(MaterialOpening opening);
}
