package org.cosqual.personnel.domain.model.appointment;

import java.time.LocalDate;

/**
 * What makes an archived appointment the same as an imported row: who, where, which post, since.
 */
public record AppointmentKey(
    long enterpriseId, KeyPosition position, String idNumberHash, LocalDate from) {}
