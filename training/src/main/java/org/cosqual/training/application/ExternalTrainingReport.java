package org.cosqual.training.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Training elsewhere (NMPA online courses, lectures by other provinces' experts) as a regulator
 * reports it.
 *
 * @param evidenceFileId the certificate, stored first through {@link
 *     TrainingLedgerService#uploadEvidence}
 */
public record ExternalTrainingReport(
    String title,
    String provider,
    LocalDate trainedOn,
    BigDecimal hours,
    String categoryCode,
    Long evidenceFileId) {}
