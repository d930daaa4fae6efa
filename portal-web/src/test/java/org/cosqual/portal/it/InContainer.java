package org.cosqual.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Prepares the real war for tests that run inside it, behind Arquillian's test servlet. */
final class InContainer {

  private static final String SHIRO_INI = "WEB-INF/shiro.ini";

  private InContainer() {}

  /** The real URL rules plus one: Arquillian's runner servlet needs no sign-in. */
  static WebArchive openToArquillian(WebArchive war) {
    String rules = read(war, SHIRO_INI);
    war.delete(SHIRO_INI);
    return war.addAsWebInfResource(
        new StringAsset(rules.replace("[urls]\n", "[urls]\n/ArquillianServletRunner* = anon\n")),
        "shiro.ini");
  }

  private static String read(WebArchive war, String path) {
    try (InputStream in = war.get(path).getAsset().openStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
