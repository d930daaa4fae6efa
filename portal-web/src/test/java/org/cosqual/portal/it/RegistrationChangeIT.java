package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.io.File;
import java.util.Set;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.RegistrationChangeService;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An enterprise asks for a change of its registered facts through a filing on real MariaDB: the
 * register changes only when a regulator of its city approves, a return keeps it as it was, another
 * city's regulator cannot decide, and of two decisions from one page version the second is refused.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationChangeIT {

  /** A fresh enterprise of 金凤区, so the demo enterprises other tests rely on keep their names. */
  private static final String FRESH = "91640106MA7C8D2R30";

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, RegistrationChangeIT.class, InContainer.class);
  }

  @Inject Acting acting;
  @Inject EnterpriseService enterprises;
  @Inject RegistrationChangeService changes;

  @Test
  void theRegisterChangesOnlyWhenARegulatorOfTheCityApproves() {
    acting.as("cityadmin");
    Enterprise before =
        enterprises.registerEnterprise(
            new EnterpriseRegistration(
                "银川金凤变更测试化妆品有限公司",
                FRESH,
                "宁妆20240088",
                Set.of(EnterpriseKind.REGISTRANT, EnterpriseKind.FILER),
                true,
                "640106",
                null));
    acting.asAdministratorOf(before);
    RegistrationChange returned =
        changes.requestChange(
            before.getId(),
            before.getName() + "（更名）",
            before.getLicenseNo().value(),
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            "股东会决议更名");
    assertEquals(before.getName(), fresh().getName(), "nothing changes before approval");
    acting.asAdministratorOf(before);
    assertThrows(
        AccessDeniedException.class, () -> changes.approveChange(returned.getId(), 0, null));

    acting.as("inspector2");
    assertThrows(
        NotFoundException.class,
        () -> changes.approveChange(returned.getId(), returned.getVersion(), null));
    acting.as("cityadmin");
    changes.returnChange(returned.getId(), returned.getVersion(), "请附营业执照变更证明");
    assertEquals(before.getName(), fresh().getName());

    acting.asAdministratorOf(before);
    RegistrationChange again =
        changes.requestChange(
            before.getId(),
            before.getName() + "（更名）",
            before.getLicenseNo().value(),
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            "附变更证明");
    acting.as("cityadmin");
    assertEquals(
        again.getId(),
        changes.findPendingChanges().stream()
            .filter(c -> c.getEnterprise().getId().equals(before.getId()))
            .findFirst()
            .orElseThrow()
            .getId());
    changes.approveChange(again.getId(), again.getVersion(), "同意");
    BusinessException second =
        assertThrows(
            BusinessException.class,
            () -> changes.approveChange(again.getId(), again.getVersion(), null));
    assertEquals("error.staleVersion", second.getMessageKey());

    Enterprise after = fresh();
    assertEquals(before.getName() + "（更名）", after.getName());
    assertEquals(Set.of(EnterpriseKind.REGISTRANT), after.getKinds());
    assertEquals(
        ReviewState.RETURNED,
        changes.findEnterpriseChanges(before.getId()).stream()
            .filter(c -> c.getId().equals(returned.getId()))
            .findFirst()
            .orElseThrow()
            .getState());
  }

  @Test
  void aMakerWithoutALicenceIsRefusedWhenFiled() {
    acting.as("entadmin");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                changes.requestChange(
                    demo().getId(),
                    "无许可证生产企业",
                    null,
                    Set.of(EnterpriseKind.CONTRACT_MANUFACTURER),
                    true,
                    null));
    assertEquals("error.enterprise.licenseRequired", refused.getMessageKey());
  }

  private Enterprise fresh() {
    acting.as("cityadmin");
    return enterprises.findVisibleEnterprises().stream()
        .filter(e -> e.getCreditCode().value().equals(FRESH))
        .findFirst()
        .orElseThrow();
  }

  /** The demo enterprise of entadmin, as entadmin sees it. */
  private Enterprise demo() {
    return enterprises.findVisibleEnterprises().get(0);
  }
}
