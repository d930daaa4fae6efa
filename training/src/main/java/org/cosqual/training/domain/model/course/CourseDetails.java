package org.cosqual.training.domain.model.course;

import java.math.BigDecimal;

/**
 * What a course's author states about it, as typed; {@link Course} checks it.
 *
 * @param providerName the external provider, for a course the province lists but others give
 */
public record CourseDetails(
    String title,
    String summary,
    String categoryCode,
    Delivery delivery,
    BigDecimal hours,
    Audience audience,
    boolean external,
    String providerName,
    boolean quizRequired) {}
