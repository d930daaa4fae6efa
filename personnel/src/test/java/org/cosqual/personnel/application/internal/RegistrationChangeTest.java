package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** An enterprise's request to change its registered facts, before a regulator applies it. */
class RegistrationChangeTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final ArchiveFixture world = new ArchiveFixture();

  @Test
  void theEnterprisesOwnGuardsApplyWhenARequestIsFiled() {
    BusinessException noLicence =
        assertThrows(
            BusinessException.class,
            () ->
                new RegistrationChange(
                    world.brandA,
                    "Brand Owner Renamed",
                    null,
                    Set.of(EnterpriseKind.CONTRACT_MANUFACTURER),
                    false,
                    null,
                    "admin",
                    NOW));
    assertEquals("error.enterprise.licenseRequired", noLicence.getMessageKey());
    BusinessException noRole =
        assertThrows(
            BusinessException.class,
            () ->
                new RegistrationChange(
                    world.brandA, "Brand Owner", null, Set.of(), false, null, "admin", NOW));
    assertEquals("error.enterprise.noKind", noRole.getMessageKey());
  }

  @Test
  void aRequestIsDecidedOnceAndAReturnNeedsAReason() {
    RegistrationChange change =
        new RegistrationChange(
            world.brandA,
            "Brand Owner Renamed",
            null,
            Set.of(EnterpriseKind.FILER),
            false,
            "why",
            "admin",
            NOW);
    assertEquals(ReviewState.PENDING, change.getState());
    assertThrows(BusinessException.class, () -> change.returnForCorrection("inspector", NOW, " "));
    change.approve("inspector", NOW, null);
    assertEquals(ReviewState.APPROVED, change.getState());
    BusinessException twice =
        assertThrows(BusinessException.class, () -> change.approve("other", NOW, null));
    assertEquals("error.review.notPending", twice.getMessageKey());
  }
}
