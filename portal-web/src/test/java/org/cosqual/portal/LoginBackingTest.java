package org.cosqual.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** After signing in, the browser goes back only to a page of this portal. */
class LoginBackingTest {

  @Test
  void aSavedPageOfThePortalIsWhereTheUserGoesBack() {
    assertTrue(LoginBacking.isOwnPage("/admin/accounts.xhtml", "/"));
    assertTrue(LoginBacking.isOwnPage("/portal/audit/index.xhtml?x=1", "/portal/"));
  }

  @Test
  void anotherSiteIsNeverASignInTarget() {
    assertFalse(LoginBacking.isOwnPage("//evil.example/x", "/"));
    assertFalse(LoginBacking.isOwnPage("/\\evil.example/x", "/"));
    assertFalse(LoginBacking.isOwnPage("https://evil.example/", "/"));
    assertFalse(LoginBacking.isOwnPage("/other-app/page", "/portal/"));
  }
}
