package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.AppointmentRules;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionRepository;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.personnel.domain.model.supervision.SupervisionRepository;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Checks a new appointment against the archive as it is now: bans, the position's holders and
 * one-licence-one-person. Run when the filing is submitted, for an early answer, and again when it
 * is approved, because the archive may have changed in between.
 */
@ApplicationScoped
public class ArchiveRules {

  @Inject AppointmentRepository appointments;
  @Inject SupervisionRepository supervision;
  @Inject KeyPositionRepository positions;

  /**
   * @param person the person if the archive has them already, else null
   */
  public void checkNewAppointment(
      Enterprise enterprise, KeyPosition position, Term term, Person person) {
    KeyPositionDefinition definition = openPosition(position);
    if (person != null) {
      for (Sanction sanction : supervision.findSanctions(person.getId())) {
        if (sanction.bansDuring(term)) {
          throw new BusinessException(
              "error.filing.banned", sanction.getDecisionNo(), sanction.getBanUntil());
        }
      }
    }
    // Someone not yet in the archive holds no post: only a single-holder post can be taken.
    if (person != null || definition.isSingleHolder()) {
      AppointmentRules.checkPositionFree(
          definition,
          term,
          person == null ? null : person.getId(),
          appointments.findByEnterpriseAndPosition(enterprise.getId(), position));
    }
    if (person != null && position.equals(KeyPosition.QUALITY_SAFETY_OFFICER)) {
      AppointmentRules.checkOneLicenceOnePerson(
          enterprise,
          term,
          appointments.findByPersonAndPosition(person.getId(), KeyPosition.QUALITY_SAFETY_OFFICER));
    }
  }

  /** The definition of a position that takes new appointments. */
  public KeyPositionDefinition openPosition(KeyPosition position) {
    KeyPositionDefinition definition =
        positions
            .find(position)
            .orElseThrow(() -> new BusinessException("error.keyPosition.unknown", position.code()));
    if (!definition.isActive()) {
      throw new BusinessException("error.keyPosition.retired", definition.getName());
    }
    return definition;
  }
}
