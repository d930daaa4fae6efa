package org.cosqual.personnel.domain.model.appointment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AppointmentRepository {

  Optional<Appointment> find(long id);

  List<Appointment> findByPerson(long personId);

  List<Appointment> findByEnterprise(long enterpriseId);

  List<Appointment> findByPersonAndPosition(long personId, KeyPosition position);

  List<Appointment> findByEnterpriseAndPosition(long enterpriseId, KeyPosition position);

  /** Whether some enterprise has more than one holder of a position on a day. */
  boolean hasSeveralHolders(KeyPosition position, LocalDate day);

  /** The keys of every appointment at enterprises of a jurisdiction subtree, for imports. */
  List<AppointmentKey> findKeysInSubtree(String pathPrefix);

  /**
   * The appointments to some positions that are current on a day at enterprises of a jurisdiction
   * subtree, oldest first, with their person and enterprise.
   */
  List<Appointment> findCurrentInSubtree(
      String pathPrefix, Collection<KeyPosition> positions, LocalDate day);

  Appointment store(Appointment appointment);
}
