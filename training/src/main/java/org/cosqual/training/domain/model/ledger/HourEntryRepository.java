package org.cosqual.training.domain.model.ledger;

import java.util.List;
import java.util.Optional;

public interface HourEntryRepository {

  Optional<HourEntry> find(long id);

  /** The entry, its row locked until the transaction ends, so two decisions queue. */
  Optional<HourEntry> findForUpdate(long id);

  /** A person's entries of a year, oldest training first. */
  List<HourEntry> findByPersonAndYear(long personId, int year);

  /** A person's approved entries of every year. */
  List<HourEntry> findApprovedByPerson(long personId);

  /**
   * Entries waiting for a decision, of people whose unit lies in a jurisdiction subtree, oldest
   * report first.
   */
  List<HourEntry> findPendingInSubtree(String pathPrefix);

  /** Whether a course's hours are credited to a person in a year already (approved). */
  boolean isCourseCredited(long personId, int year, long courseId);

  HourEntry store(HourEntry entry);
}
