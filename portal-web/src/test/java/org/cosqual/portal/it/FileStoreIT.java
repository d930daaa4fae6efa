package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.DataDirectory;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.portal.security.CurrentCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The file store in the real war against the real MariaDB and the data directory the build gives
 * (COSQUAL_DATA_DIR = portal-web/target/it-data): rows and files written and read back, refusals
 * and rollbacks leaving no row, and a download with its Chinese name over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class FileStoreIT {

  static final String DOWNLOAD_PAGE = "public/filestore-it-download.xhtml";
  static final String DOWNLOAD_NAME = "任命书（2026）.pdf";
  static final byte[] PDF = TestPdfs.pdf("CosQual file store test");

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(FileStoreIT.class, InContainer.class, FileDownloadProbe.class, TestPdfs.class)
        .addAsWebResource(
            new StringAsset(
                "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " xmlns:f=\"jakarta.faces.core\" xmlns:h=\"jakarta.faces.html\">"
                    + "<f:metadata><f:viewAction action=\"#{fileDownloadProbe.send}\"/></f:metadata>"
                    + "<h:body/></html>"),
            DOWNLOAD_PAGE);
  }

  @Inject FileStore fileStore;
  @Inject DataDirectory dataDirectory;
  @Inject CurrentCaller caller;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource UserTransaction transaction;

  @BeforeEach
  void actAsSystem() {
    // Runs on the client too, before the download test, where nothing is injected.
    if (caller != null) {
      caller.actAs(CallerIdentity.system());
    }
  }

  @Test
  void theDataDirectoryComesFromTheEnvironment() {
    assertEquals(
        Path.of(System.getenv("COSQUAL_DATA_DIR")).toAbsolutePath().normalize(),
        dataDirectory.root());
    assertTrue(dataDirectory.root().endsWith("it-data"), dataDirectory.root().toString());
  }

  @Test
  void storesAFileAndReadsItBackWithItsSha256AndMetadata() throws Exception {
    byte[] content = TestPdfs.pdf("appointment " + UUID.randomUUID());
    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

    StoredFile stored =
        fileStore.store(
            FileUse.APPOINTMENT_DOCUMENT,
            "C:\\fakepath\\宁夏塞上本草 任命书𠮷.pdf",
            new ByteArrayInputStream(content));

    String sha256 = sha256(content);
    StoredFile found = fileStore.findFile(stored.getId()).orElseThrow();
    assertEquals(sha256, found.getSha256());
    assertEquals("宁夏塞上本草 任命书𠮷.pdf", found.getFileName());
    assertEquals("application/pdf", found.getMediaType());
    assertEquals(content.length, found.getSize());
    assertEquals(FileUse.APPOINTMENT_DOCUMENT, found.getUse());
    assertEquals(CallerIdentity.SYSTEM, found.getStoredBy());
    assertTrue(!found.getStoredAt().isBefore(before), found.getStoredAt() + " < " + before);
    try (InputStream in = fileStore.open(found)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    assertArrayEquals(content, Files.readAllBytes(blob(sha256)));

    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT sha256, file_name, media_type, size_bytes, file_use, stored_by"
                    + " FROM stored_file WHERE id = ?")) {
      query.setLong(1, stored.getId());
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        assertEquals(sha256, row.getString(1));
        assertEquals("宁夏塞上本草 任命书𠮷.pdf", row.getString(2));
        assertEquals("application/pdf", row.getString(3));
        assertEquals(content.length, row.getLong(4));
        assertEquals("APPOINTMENT_DOCUMENT", row.getString(5));
        assertEquals("system", row.getString(6));
      }
    }
  }

  @Test
  void anExecutableRenamedPdfIsRefusedAndLeavesNoRowAndNoFile() throws Exception {
    long rows = countRows();
    byte[] elf = new byte[256];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    elf[6] = 1;

    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () ->
                fileStore.store(
                    FileUse.APPOINTMENT_DOCUMENT, "任命书.pdf", new ByteArrayInputStream(elf)));

    assertEquals("error.file.type", refusal.getMessageKey());
    assertEquals(rows, countRows());
    assertTrue(Files.notExists(blob(sha256(elf))));
    assertEquals(List.of(), tempFiles());
  }

  @Test
  void aRolledBackUploadLeavesNoRowAndItsContentIsReusedLater() throws Exception {
    byte[] content = TestPdfs.pdf("rolled back " + UUID.randomUUID());
    String sha256 = sha256(content);

    transaction.begin();
    fileStore.store(FileUse.APPOINTMENT_DOCUMENT, "撤回.pdf", new ByteArrayInputStream(content));
    transaction.rollback();
    assertEquals(0, countRows(sha256));

    StoredFile again =
        fileStore.store(FileUse.APPOINTMENT_DOCUMENT, "重传.pdf", new ByteArrayInputStream(content));
    assertEquals(1, countRows(sha256));
    try (InputStream in = fileStore.open(again)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    assertEquals(List.of(), tempFiles());
  }

  @Test
  @RunAsClient
  void aDownloadCarriesTheDetectedTypeAndTheChineseNameEncodedForEveryBrowser(
      @ArquillianResource URL base) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + DOWNLOAD_PAGE)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(200, response.statusCode());
    assertEquals(
        "application/pdf",
        response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    String encoded = "%E4%BB%BB%E5%91%BD%E4%B9%A6%EF%BC%882026%EF%BC%89.pdf";
    assertEquals(
        "attachment;filename=\"" + encoded + "\"; filename*=UTF-8''" + encoded,
        response.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertArrayEquals(PDF, response.body());
  }

  /** Where the content with this SHA-256 must be: files/<2 hex>/<next 2 hex>/<sha256>. */
  private Path blob(String sha256) {
    return dataDirectory
        .root()
        .resolve("files")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private long countRows() throws SQLException {
    return count("SELECT COUNT(*) FROM stored_file", null);
  }

  private long countRows(String sha256) throws SQLException {
    return count("SELECT COUNT(*) FROM stored_file WHERE sha256 = ?", sha256);
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      if (parameter != null) {
        query.setString(1, parameter);
      }
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private List<Path> tempFiles() throws IOException {
    Path temp = dataDirectory.root().resolve("tmp");
    if (Files.notExists(temp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
