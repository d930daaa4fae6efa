package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.io.File;
import java.util.Set;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.RegistrationChangeService;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.security.CurrentCaller;
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
        .addClasses(RegistrationChangeIT.class, InContainer.class);
  }

  @Inject CurrentCaller caller;
  @Inject SignInService signIn;
  @Inject AccountService accounts;
  @Inject EnterpriseService enterprises;
  @Inject RegistrationChangeService changes;

  @Test
  void theRegisterChangesOnlyWhenARegulatorOfTheCityApproves() {
    actAs("cityadmin");
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
    caller.actAs(administratorOf(before));
    RegistrationChange returned =
        changes.requestChange(
            before.getId(),
            before.getName() + "（更名）",
            before.getLicenseNo().value(),
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            "股东会决议更名");
    assertEquals(before.getName(), fresh().getName(), "nothing changes before approval");
    caller.actAs(administratorOf(before));
    assertThrows(
        AccessDeniedException.class, () -> changes.approveChange(returned.getId(), 0, null));

    actAs("inspector2");
    assertThrows(
        NotFoundException.class,
        () -> changes.approveChange(returned.getId(), returned.getVersion(), null));
    actAs("cityadmin");
    changes.returnChange(returned.getId(), returned.getVersion(), "请附营业执照变更证明");
    assertEquals(before.getName(), fresh().getName());

    caller.actAs(administratorOf(before));
    RegistrationChange again =
        changes.requestChange(
            before.getId(),
            before.getName() + "（更名）",
            before.getLicenseNo().value(),
            Set.of(EnterpriseKind.REGISTRANT),
            true,
            "附变更证明");
    actAs("cityadmin");
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
    actAs("entadmin");
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
    actAs("cityadmin");
    return enterprises.findVisibleEnterprises().stream()
        .filter(e -> e.getCreditCode().value().equals(FRESH))
        .findFirst()
        .orElseThrow();
  }

  /** The demo enterprise of entadmin, as entadmin sees it. */
  private Enterprise demo() {
    return enterprises.findVisibleEnterprises().get(0);
  }

  private static CallerIdentity administratorOf(Enterprise enterprise) {
    return new CallerIdentity(
        null,
        "test-admin",
        Set.of(Role.ENTERPRISE_ADMIN),
        Role.ENTERPRISE_ADMIN.permissions(),
        enterprise.getOrganisation().getJurisdiction().getPath(),
        enterprise.getOrganisation().getId(),
        "127.0.0.1");
  }

  private void actAs(String username) {
    caller.actAs(CallerIdentity.system());
    long id =
        accounts.listAccounts().stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow()
            .id();
    caller.actAs(signIn.callerFor(id, "127.0.0.1"));
  }
}
