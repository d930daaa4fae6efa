package org.cosqual.training.domain.model.statistics;

/**
 * An enrolled person without a submitted attempt.
 *
 * @param jurisdiction the name of the node the enterprise is registered in
 * @param positionName the position's name as the province keeps it, or its code
 * @param inProgress whether an attempt is open now
 */
public record NotTaken(
    long enrolmentId,
    long personId,
    String name,
    long enterpriseId,
    String enterprise,
    String jurisdiction,
    String positionCode,
    String positionName,
    boolean inProgress) {}
