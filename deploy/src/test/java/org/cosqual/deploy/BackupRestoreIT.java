package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/backup.sh and deploy/restore.sh against the test MariaDB server. */
class BackupRestoreIT {

  private static final TestDatabaseServer SERVER = TestDatabaseServer.fromSystemProperties();

  @TempDir Path work;

  private String source;
  private final String target = TestDatabaseServer.uniqueSchemaName("restore");
  private Path sourceFiles;
  private Path restoredFiles;
  private Path archive;
  private List<String> rows;
  private String storedSha256;

  @BeforeEach
  void sourceWithChineseRowsAndFiles() throws Exception {
    source = SERVER.createSchema("backup");
    rows = SampleData.chineseRows();
    try (Connection connection = SERVER.connect(source);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL)"
              + " CHARACTER SET utf8mb4");
      statement.execute(
          "CREATE TRIGGER note_trim BEFORE INSERT ON note FOR EACH ROW SET NEW.text = TRIM(NEW.text)");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
        for (String row : rows) {
          insert.setString(1, row);
          insert.executeUpdate();
        }
      }
      sourceFiles = work.resolve("source-files");
      SampleData.copyUploadsTo(sourceFiles);
      byte[] scan = new byte[200_000];
      new Random(42).nextBytes(scan);
      Files.createDirectories(sourceFiles.resolve("scans"));
      Files.write(sourceFiles.resolve("scans/licence.pdf"), scan);
      // The file store's layout: the bytes under their SHA-256, the name and digest in a row.
      storedSha256 = SampleData.storeContentAddressed(sourceFiles, scan);
      statement.execute(
          "CREATE TABLE stored_file (id INT AUTO_INCREMENT PRIMARY KEY, sha256 CHAR(64) NOT NULL,"
              + " file_name VARCHAR(255) NOT NULL) CHARACTER SET utf8mb4");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO stored_file (sha256, file_name) VALUES (?, '任命书（2026）.pdf')")) {
        insert.setString(1, storedSha256);
        insert.executeUpdate();
      }
    }
    // An upload still being received when the backup runs.
    Files.createDirectories(sourceFiles.resolve("tmp"));
    Files.write(sourceFiles.resolve("tmp/upload-1.part"), new byte[] {1, 2, 3});
    restoredFiles = work.resolve("restored-files");
    archive = work.resolve("backup.tar.gz");
  }

  @AfterEach
  void dropSchemas() throws SQLException {
    SERVER.dropSchema(source);
    SERVER.dropSchema(target);
  }

  @Test
  void restoresRowsAndFilesIntoAFreshSchemaAndFolder() throws Exception {
    ScriptRun backup = ScriptRun.of("backup.sh", variables(sourceFiles), archive.toString());
    assertEquals(0, backup.exitCode(), backup.describe());

    ScriptRun restore =
        ScriptRun.of("restore.sh", variables(restoredFiles), archive.toString(), target);
    assertEquals(0, restore.exitCode(), restore.describe());

    try (Connection connection = SERVER.connect(target)) {
      assertEquals(rows, SampleData.notes(connection));
      assertEquals(List.of("note_trim"), triggers(connection, target));
      assertEquals(List.of(storedSha256 + " 任命书（2026）.pdf"), storedFiles(connection));
    }
    Map<String, String> expected = new TreeMap<>(SampleData.fileDigests(sourceFiles));
    expected.remove("tmp/upload-1.part");
    assertEquals(expected, SampleData.fileDigests(restoredFiles));
    String blob =
        "files/" + storedSha256.substring(0, 2) + "/" + storedSha256.substring(2, 4) + "/";
    assertEquals(storedSha256, expected.get(blob + storedSha256));
  }

  @Test
  void replacesAnExistingDatabaseOnlyWhenForced() throws Exception {
    assertEquals(
        0, ScriptRun.of("backup.sh", variables(sourceFiles), archive.toString()).exitCode());
    assertEquals(
        0,
        ScriptRun.of("restore.sh", variables(restoredFiles), archive.toString(), target)
            .exitCode());

    ScriptRun again =
        ScriptRun.of("restore.sh", variables(restoredFiles), archive.toString(), target);
    assertNotEquals(0, again.exitCode(), again.describe());
    assertTrue(again.output().contains("already has"), again.describe());

    ScriptRun forced =
        ScriptRun.of("restore.sh", variables(restoredFiles), "--force", archive.toString(), target);
    assertEquals(0, forced.exitCode(), forced.describe());
    try (Connection connection = SERVER.connect(target)) {
      assertEquals(rows, SampleData.notes(connection));
    }
  }

  /**
   * The portal's variables, pointing at the source database (restore gets its target as an
   * argument).
   */
  private Map<String, String> variables(Path dataDir) {
    return Map.of(
        "COSQUAL_DB_URL", SERVER.url(source),
        "COSQUAL_DB_USER", SERVER.user(),
        "COSQUAL_DB_PASSWORD", SERVER.password(),
        "COSQUAL_DATA_DIR", dataDir.toString());
  }

  private static List<String> storedFiles(Connection connection) throws SQLException {
    List<String> files = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT sha256, file_name FROM stored_file")) {
      while (result.next()) {
        files.add(result.getString(1) + " " + result.getString(2));
      }
    }
    return files;
  }

  private static List<String> triggers(Connection connection, String schema) throws SQLException {
    List<String> triggers = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = ?")) {
      query.setString(1, schema);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          triggers.add(result.getString(1));
        }
      }
    }
    return triggers;
  }
}
