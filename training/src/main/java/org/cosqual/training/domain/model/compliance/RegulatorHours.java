package org.cosqual.training.domain.model.compliance;

import java.math.BigDecimal;

/**
 * A regulator with their unit and counted hours of a year, as the compliance queries read them.
 *
 * @param hours approved hours of counted categories, a course once
 */
public record RegulatorHours(
    long personId,
    String name,
    long unitId,
    String unitName,
    String jurisdictionCode,
    String jurisdictionName,
    BigDecimal hours) {}
