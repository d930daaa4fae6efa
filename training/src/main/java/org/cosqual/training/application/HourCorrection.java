package org.cosqual.training.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours an administrator credits to a regulator by hand, with the reason. */
public record HourCorrection(
    String title, LocalDate trainedOn, BigDecimal hours, String categoryCode, String reason) {}
