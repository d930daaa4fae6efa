package org.cosqual.training.domain.model.session;

import java.time.LocalDateTime;

/** A session as an administrator lays it out, as typed; {@link Session} checks it. */
public record SessionPlan(
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    String link,
    Integer capacity,
    boolean selfEnrolment) {}
