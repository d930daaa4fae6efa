package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** deploy/compose.yaml as docker-compose reads it (no container engine needed). */
class ComposeFileTest {

  private static final Path COMPOSE_FILE =
      Path.of(System.getProperty("deploy.dir", "."), "compose.yaml");

  @Test
  void dockerComposeAcceptsTheFile() throws Exception {
    String config = composeConfig();

    assertAll(
        () -> assertContains(config, "image: mariadb:10.11"),
        () -> assertContains(config, "condition: service_healthy"),
        () -> assertContains(config, "healthcheck.sh"),
        () -> assertContains(config, "http://localhost:8080/status"),
        () -> assertContains(config, "--character-set-server=utf8mb4"),
        () -> assertContains(config, "db-data:/var/lib/mysql"),
        () -> assertContains(config, "COSQUAL_DB_URL: jdbc:mariadb://db:3306/cosqual"),
        () -> assertContains(config, "COSQUAL_DATA_DIR: /var/lib/cosqual/data"),
        () -> assertContains(config, "COSQUAL_IDNUMBER_KEY"),
        // Uploaded files outlive the container: the data folder is a named volume.
        () -> assertContains(config, "portal-data:/var/lib/cosqual/data"),
        () ->
            assertTrue(
                config.matches("(?s).*\nvolumes:\n(  \\S.*\n)*  portal-data:.*"),
                () -> "no named volume portal-data in:\n" + config),
        () -> assertContains(config, "dockerfile: Containerfile"));
  }

  private static String composeConfig() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "config")
            .redirectErrorStream(true);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return fail(
          "docker-compose is not installed: install the Debian package docker-compose "
              + "(apt-get install docker-compose)",
          e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(
        process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not end within 60 s");
    assertEquals(
        0,
        process.exitValue(),
        "docker-compose -f " + COMPOSE_FILE + " config rejected it:\n" + output);
    return output;
  }

  private static void assertContains(String config, String expected) {
    assertTrue(config.contains(expected), () -> "missing `" + expected + "` in:\n" + config);
  }
}
