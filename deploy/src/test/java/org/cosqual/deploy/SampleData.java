package org.cosqual.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test data from src/test/resources/sample: Chinese rows (with a 4-byte character) and uploaded
 * files.
 */
final class SampleData {

  private SampleData() {}

  static List<String> chineseRows() throws IOException {
    try (InputStream in = SampleData.class.getResourceAsStream("/sample/chinese-rows.txt")) {
      List<String> rows =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank())
              .toList();
      if (rows.stream()
          .noneMatch(row -> row.codePoints().anyMatch(Character::isSupplementaryCodePoint))) {
        throw new IllegalStateException("chinese-rows.txt must hold a character outside the BMP");
      }
      return rows;
    }
  }

  /** Copies sample/uploads into {@code target}. */
  static void copyUploadsTo(Path target) throws IOException {
    Path uploads;
    try {
      uploads = Path.of(SampleData.class.getResource("/sample/uploads").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> paths = Files.walk(uploads)) {
      for (Path source : paths.toList()) {
        Path copy = target.resolve(uploads.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
  }

  /**
   * Puts {@code content} where the portal's file store keeps it, {@code files/<2 hex>/<next 2
   * hex>/<sha256>} under the data folder, and returns its SHA-256.
   */
  static String storeContentAddressed(Path dataDir, byte[] content) throws IOException {
    String sha256 = sha256(content);
    Path blob =
        dataDir
            .resolve("files")
            .resolve(sha256.substring(0, 2))
            .resolve(sha256.substring(2, 4))
            .resolve(sha256);
    Files.createDirectories(blob.getParent());
    Files.write(blob, content);
    return sha256;
  }

  /** Relative path of every file under {@code root} mapped to the SHA-256 of its content. */
  static Map<String, String> fileDigests(Path root) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        digests.put(root.relativize(file).toString(), sha256(file));
      }
    }
    return digests;
  }

  private static String sha256(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of the sample table {@code note}, in the order they were written. */
  static List<String> notes(Connection connection) throws SQLException {
    List<String> notes = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT text FROM note ORDER BY id")) {
      while (result.next()) {
        notes.add(result.getString(1));
      }
    }
    return notes;
  }
}
