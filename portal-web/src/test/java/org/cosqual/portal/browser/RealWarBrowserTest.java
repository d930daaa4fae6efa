package org.cosqual.portal.browser;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test of the real war as built, deployed on Payara Micro with the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class RealWarBrowserTest {

  /** The password of every demo account. */
  static final String PASSWORD = "CosQual@2026";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("cosqual.war")));
  }
}
