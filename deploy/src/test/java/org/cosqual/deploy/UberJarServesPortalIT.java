package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** java -jar cosqual.jar against a fresh schema: ready on GET /status, the portal served at /. */
class UberJarServesPortalIT {

  private static final Logger LOG = Logger.getLogger(UberJarServesPortalIT.class.getName());
  private static final TestDatabaseServer SERVER = TestDatabaseServer.fromSystemProperties();
  private static final Path JAR = Path.of(System.getProperty("cosqual.jar", "target/cosqual.jar"));
  private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it-work"));

  private String schema;
  private PortalProcess portal;

  @BeforeEach
  void createSchema() throws Exception {
    schema = SERVER.createSchema("jar");
  }

  @AfterEach
  void stopPortalAndDropSchema() throws Exception {
    if (portal != null) {
      portal.stop(Duration.ofSeconds(30));
    }
    SERVER.dropSchema(schema);
  }

  @Test
  void answersStatusAndServesThePortalAtRoot() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "no uber-jar at " + JAR + " (built by mvn package)");
    int port = Ports.freePort();
    Path log = WORK.resolve("uber-jar-serves-portal.log");
    Files.createDirectories(WORK);

    long started = System.nanoTime();
    portal = PortalProcess.start(JAR, port, Map.of(
            "COSQUAL_DB_URL", SERVER.url(schema),
            "COSQUAL_DB_USER", SERVER.user(),
            "COSQUAL_DB_PASSWORD", SERVER.password(),
            "COSQUAL_DATA_DIR", WORK.resolve("data-" + schema).toString()),
        Redirect.to(log.toFile()));
    assertTrue(portal.awaitReady(Duration.ofMinutes(4)), "GET /status never answered 200; log: " + log);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    LOG.info(() -> "cosqual.jar: start to first 200 on /status in " + seconds + " s");

    HttpRequest root = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build();
    int status = HttpClient.newHttpClient().send(root, BodyHandlers.discarding()).statusCode();
    assertTrue(status >= 200 && status < 400, "GET / answered " + status + " (404: not at context root /)");
  }
}
