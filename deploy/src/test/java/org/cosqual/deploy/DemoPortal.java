package org.cosqual.deploy;

import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The portal uber-jar with demo data on a schema of its own on the test MariaDB, with a data
 * directory of its own: started, killed and started again on the same database and files. Each
 * start writes its own log under it-work.
 */
final class DemoPortal implements AutoCloseable {

  static final TestDatabaseServer SERVER = TestDatabaseServer.fromSystemProperties();
  private static final Path JAR = Path.of(System.getProperty("cosqual.jar", "target/cosqual.jar"));
  private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it-work"));

  private final String schema;
  private final String purpose;
  private final int port;
  private PortalProcess process;
  private int starts;

  private DemoPortal(String purpose, String schema, int port) {
    this.purpose = purpose;
    this.schema = schema;
    this.port = port;
  }

  /** Creates the schema and starts the portal on it, waiting until GET /status answers 200. */
  static DemoPortal start(String purpose) throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("no uber-jar at " + JAR + " (built by mvn package)");
    }
    DemoPortal portal = new DemoPortal(purpose, SERVER.createSchema(purpose), Ports.freePort());
    try {
      portal.startAgain();
    } catch (Exception | Error e) {
      portal.close();
      throw e;
    }
    return portal;
  }

  /** Starts the portal (again) on the same schema, data directory and port. */
  void startAgain() throws Exception {
    starts++;
    Files.createDirectories(WORK);
    Path log = log();
    process =
        PortalProcess.start(
            JAR,
            port,
            Map.of(
                "COSQUAL_DB_URL", SERVER.url(schema),
                "COSQUAL_DB_USER", SERVER.user(),
                "COSQUAL_DB_PASSWORD", SERVER.password(),
                "COSQUAL_DEMO", "true",
                "COSQUAL_DATA_DIR", dataDir().toString()),
            Redirect.to(log.toFile()));
    if (!process.awaitReady(Duration.ofMinutes(5))) {
      throw new IllegalStateException(
          "start " + starts + ": GET /status never answered 200; log: " + log);
    }
  }

  /** Kills the process at once (SIGKILL): no shutdown hook, no graceful stop. */
  void kill() throws InterruptedException {
    process.kill();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  String schema() {
    return schema;
  }

  /** The portal's data directory (files, search index), kept across its starts. */
  Path dataDir() {
    return WORK.resolve("data-" + schema);
  }

  Path log() {
    return WORK.resolve(purpose + "-" + schema + "-start-" + starts + ".log");
  }

  @Override
  public void close() throws Exception {
    try {
      if (process != null) {
        process.stop(Duration.ofSeconds(30));
      }
    } finally {
      SERVER.dropSchema(schema);
    }
  }
}
