package org.cosqual.personnel.domain.model.appointment;

import java.util.List;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.shared.BusinessException;

/** The rules a new appointment must keep against the archive (DESIGN.md section 4). */
public final class AppointmentRules {

  private AppointmentRules() {}

  /**
   * one-licence-one-person: a person may not be quality safety officer of two enterprises holding
   * different production licences over overlapping terms.
   *
   * @param othersOfPerson the person's quality safety officer appointments so far
   */
  public static void checkOneLicenceOnePerson(
      Enterprise enterprise, Term term, List<Appointment> othersOfPerson) {
    LicenseNo licence = enterprise.getLicenseNo();
    if (licence == null) {
      return;
    }
    for (Appointment other : othersOfPerson) {
      LicenseNo otherLicence = other.getEnterprise().getLicenseNo();
      if (other.getPosition().equals(KeyPosition.QUALITY_SAFETY_OFFICER)
          && otherLicence != null
          && !otherLicence.equals(licence)
          && other.getTerm().overlaps(term)) {
        throw new BusinessException(
            "error.appointment.oneLicenceOnePerson",
            other.getEnterprise().getOrganisation().getName(),
            otherLicence.value(),
            other.getTerm().toString());
      }
    }
  }

  /**
   * One current holder of a single-holder position per enterprise, and never the same person twice
   * in one position over overlapping terms.
   *
   * @param inPosition the enterprise's appointments to that position so far
   */
  public static void checkPositionFree(
      KeyPositionDefinition position, Term term, Long personId, List<Appointment> inPosition) {
    for (Appointment other : inPosition) {
      if (!other.getTerm().overlaps(term)) {
        continue;
      }
      if (personId != null && personId.equals(other.getPerson().getId())) {
        throw new BusinessException(
            "error.appointment.duplicate", position.getName(), other.getTerm().toString());
      }
      if (position.isSingleHolder()) {
        throw new BusinessException(
            "error.appointment.positionTaken",
            position.getName(),
            other.getPerson().getName(),
            other.getTerm().toString());
      }
    }
  }
}
