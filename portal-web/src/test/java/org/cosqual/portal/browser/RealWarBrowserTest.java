package org.cosqual.portal.browser;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test of the real war as built, on the Payara Micro that all browser tests of a run
 * share ({@link PortalServer}), with the demo data. Tests see each other's changes: the server as
 * well as the database outlive a test class.
 */
@ExtendWith(PortalServer.class)
abstract class RealWarBrowserTest {

  /** The password of every demo account. */
  static final String PASSWORD = "CosQual@2026";

  /** Where the portal answers, ending in a slash. */
  URL base;

  @BeforeEach
  void locatePortal(URL portal) {
    base = portal;
  }
}
