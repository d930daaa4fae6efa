package org.cosqual.personnel.application;

import java.util.Optional;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.person.IdNumber;

/** Reading the key-staff archive, within the caller's scope, and what hangs off it. */
public interface StaffArchiveService {

  /** A person's whole archive; a person outside the caller's scope is not found. */
  StaffArchive getArchive(long personId);

  /** The enterprise's appointments, current and past; an enterprise out of scope is not found. */
  EnterpriseStaff getEnterpriseStaff(long enterpriseId);

  /** The signed-in key-staff member's own archive; empty while nothing has been filed for them. */
  Optional<StaffArchive> findOwnArchive();

  /** One appointment, for filing a change or a departure of it. */
  Appointment getAppointment(long appointmentId);

  /** The full id number, for a regulator administrator only; every reveal is audited. */
  IdNumber revealIdNumber(long personId);

  /**
   * The enterprise administrator opens a key-staff account for a person appointed at their
   * enterprise; one account per person, whatever the number of enterprises.
   *
   * @return the one-time password, shown once
   */
  String createStaffAccount(long personId, String username);
}
