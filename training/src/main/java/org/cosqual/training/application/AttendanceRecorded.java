package org.cosqual.training.application;

import org.cosqual.training.domain.model.session.Enrolment;

/**
 * Attendance as recorded.
 *
 * @param credited whether the course's hours went into the ledger now (not when absent, or when the
 *     course is credited for that year already)
 */
public record AttendanceRecorded(Enrolment enrolment, boolean credited) {}
