package org.cosqual.personnel.application;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/**
 * A key-position appointment entered the archive. Fired inside the approving transaction; observers
 * that must not act on a rolled-back approval observe {@code during = AFTER_SUCCESS}.
 */
public record AppointmentApproved(
    long appointmentId, long personId, long enterpriseId, KeyPosition position, LocalDate from) {}
