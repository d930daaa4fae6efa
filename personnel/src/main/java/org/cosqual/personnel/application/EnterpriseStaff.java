package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;

/** An enterprise and its key-staff appointments, current and past. */
public record EnterpriseStaff(Enterprise enterprise, List<Appointment> appointments) {}
