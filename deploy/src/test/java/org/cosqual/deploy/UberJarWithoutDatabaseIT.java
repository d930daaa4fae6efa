package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** cosqual.jar refuses to run when its database cannot be reached, and says which one it tried. */
class UberJarWithoutDatabaseIT {

  private static final Path JAR = Path.of(System.getProperty("cosqual.jar", "target/cosqual.jar"));
  private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it-work"));
  private static final Duration LIMIT = Duration.ofSeconds(180);

  @Test
  void exitsWithAnErrorNamingTheDatabaseUrl() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "no uber-jar at " + JAR + " (built by mvn package)");
    String url = "jdbc:mariadb://127.0.0.1:" + Ports.freePort() + "/cosqual";
    Path log = WORK.resolve("uber-jar-without-database.log");
    Files.createDirectories(WORK);

    PortalProcess portal =
        PortalProcess.start(
            JAR,
            Ports.freePort(),
            Map.of(
                "COSQUAL_DB_URL",
                url,
                "COSQUAL_DB_USER",
                "cosqual",
                "COSQUAL_DB_PASSWORD",
                "not-used",
                "COSQUAL_DATA_DIR",
                WORK.resolve("data-without-database").toString()),
            Redirect.to(log.toFile()));
    if (!portal.waitForExit(LIMIT)) {
      portal.stop(Duration.ofSeconds(10));
      fail(
          "cosqual.jar still ran "
              + LIMIT.toSeconds()
              + " s after start without a database; log: "
              + log);
    }

    String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    assertNotEquals(0, portal.exitCode(), "exit code without a database; log: " + log);
    assertTrue(output.contains(url), "the log should name " + url + "; log: " + log);
  }
}
