package org.cosqual.training.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoursTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "1", "2.5", "20", "120"})
  void positiveHalfHourStepsAreCredited(String value) {
    assertEquals(
        new BigDecimal(value).setScale(1), Hours.credited(new BigDecimal(value), "h").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.5", "120.5", "1000"})
  void zeroNegativeAndImplausibleHoursAreRefused(String value) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> Hours.credited(new BigDecimal(value), "h"));
    assertEquals("error.hours.range", refused.getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.3", "1.25", "2.75", "3.1"})
  void hoursOffTheHalfHourStepAreRefused(String value) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> Hours.credited(new BigDecimal(value), "h"));
    assertEquals("error.hours.step", refused.getMessageKey());
  }

  @org.junit.jupiter.api.Test
  void missingHoursAreRequired() {
    assertEquals(
        "error.field.required",
        assertThrows(BusinessException.class, () -> Hours.credited(null, "h")).getMessageKey());
  }
}
