package org.cosqual.personnel.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.file.FakeStoredFileRepository;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultFileStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:04:05.123456Z");

  @TempDir Path dataDir;

  private final DefaultFileStore store = new DefaultFileStore();
  private final FakeStoredFileRepository rows = new FakeStoredFileRepository();

  @BeforeEach
  void setUp() {
    store.files = rows;
    store.dataDirectory = () -> dataDir;
    store.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    store.caller =
        new CallerIdentity(
            7L,
            "entadmin",
            Set.of(Role.ENTERPRISE_ADMIN),
            Role.ENTERPRISE_ADMIN.permissions(),
            null,
            3L,
            "10.0.0.7");
  }

  @Test
  void storesAPdfUnderItsSha256WithItsChineseNameTypeSizeAndUploader() throws IOException {
    byte[] pdf = SampleFiles.pdf();

    StoredFile stored =
        store.store(FileUse.APPOINTMENT_DOCUMENT, "C:\\fakepath\\任命书（2026）.pdf", stream(pdf));

    String sha256 = sha256(pdf);
    assertEquals(sha256, stored.getSha256());
    assertEquals("任命书（2026）.pdf", stored.getFileName());
    assertEquals("application/pdf", stored.getMediaType());
    assertEquals(pdf.length, stored.getSize());
    assertEquals(FileUse.APPOINTMENT_DOCUMENT, stored.getUse());
    assertEquals(NOW, stored.getStoredAt());
    assertEquals("entadmin", stored.getStoredBy());
    Path blob =
        dataDir.resolve("files").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4));
    assertArrayEquals(pdf, Files.readAllBytes(blob.resolve(sha256)));
    assertEquals(stored, store.findFile(stored.getId()).orElseThrow());
    try (InputStream in = store.open(stored)) {
      assertArrayEquals(pdf, in.readAllBytes());
    }
    assertNoTempFiles();
  }

  @Test
  void findsScansByTheirContentWhateverTheirNameSays() {
    StoredFile png =
        store.store(FileUse.APPOINTMENT_DOCUMENT, "扫描件.pdf", stream(SampleFiles.png()));
    StoredFile jpeg = store.store(FileUse.APPOINTMENT_DOCUMENT, "照片", stream(SampleFiles.jpeg()));

    assertEquals("image/png", png.getMediaType());
    assertEquals("扫描件.pdf", png.getFileName());
    assertEquals("image/jpeg", jpeg.getMediaType());
  }

  @Test
  void refusesExecutablesRenamedPdfAndLeavesNothingBehind() throws IOException {
    for (byte[] executable : List.of(SampleFiles.javaLauncher(), SampleFiles.windowsExecutable())) {
      assertRefused(
          "error.file.type",
          () -> store.store(FileUse.APPOINTMENT_DOCUMENT, "任命书.pdf", stream(executable)));
    }
    assertEquals(List.of(), rows.all());
    assertEquals(List.of(), filesOnDisk());
    assertNoTempFiles();
  }

  @Test
  void namesTheAcceptedFormatsWhenRefusingAType() {
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () -> store.store(FileUse.APPOINTMENT_DOCUMENT, "人员.pdf", stream(SampleFiles.xlsx())));
    assertEquals("error.file.type", refusal.getMessageKey());
    assertEquals(List.of("PDF, JPEG, PNG"), List.of(refusal.getArguments()));
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertRefused(
        "error.file.empty",
        () -> store.store(FileUse.APPOINTMENT_DOCUMENT, "空.pdf", stream(new byte[0])));
    assertEquals(List.of(), rows.all());
    assertNoTempFiles();
  }

  @Test
  void refusesOneByteOverTheLimitAndKeepsExactlyTheLimit() throws IOException {
    long limit = FileUse.APPOINTMENT_DOCUMENT.maxBytes();

    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () -> store.store(FileUse.APPOINTMENT_DOCUMENT, "大.pdf", new PdfOfLength(limit + 1)));
    assertEquals("error.file.tooLarge", refusal.getMessageKey());
    assertEquals(List.of(10), List.of(refusal.getArguments()));
    assertEquals(List.of(), rows.all());
    assertNoTempFiles();

    StoredFile atLimit =
        store.store(FileUse.APPOINTMENT_DOCUMENT, "刚好.pdf", new PdfOfLength(limit));
    assertEquals(limit, atLimit.getSize());
    assertNoTempFiles();
  }

  @Test
  void stopsReadingAHugeUploadAsSoonAsItPassesTheLimit() throws IOException {
    PdfOfLength twoGigabytes = new PdfOfLength(2L * 1024 * 1024 * 1024);

    assertRefused(
        "error.file.tooLarge",
        () -> store.store(FileUse.SPREADSHEET_IMPORT, "huge.xlsx", twoGigabytes));

    long limit = FileUse.SPREADSHEET_IMPORT.maxBytes();
    assertTrue(twoGigabytes.read <= limit + 64 * 1024, "read " + twoGigabytes.read);
    assertNoTempFiles();
  }

  @Test
  void storesTheSameContentOnceOnDiskWithARowPerUpload() throws IOException {
    byte[] pdf = SampleFiles.pdf();

    StoredFile first = store.store(FileUse.APPOINTMENT_DOCUMENT, "任命书.pdf", stream(pdf));
    StoredFile second = store.store(FileUse.APPOINTMENT_DOCUMENT, "任命书副本.pdf", stream(pdf));

    assertNotEquals(first.getId(), second.getId());
    assertEquals(first.getSha256(), second.getSha256());
    assertEquals("任命书副本.pdf", second.getFileName());
    assertEquals(2, rows.all().size());
    assertEquals(List.of(first.getSha256()), filesOnDisk());
    assertNoTempFiles();
  }

  @Test
  void acceptsWorkbooksWhereverTheirPartListIsAndNothingElseForImports() {
    StoredFile excel =
        store.store(FileUse.SPREADSHEET_IMPORT, "人员导入.xlsx", stream(SampleFiles.xlsx()));
    StoredFile other =
        store.store(
            FileUse.SPREADSHEET_IMPORT, "人员导入.xlsx", stream(SampleFiles.xlsxWithPartListLast()));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.getMediaType());
    assertEquals(excel.getMediaType(), other.getMediaType());

    for (byte[] notAWorkbook :
        List.of(SampleFiles.docx(), SampleFiles.plainZip(), SampleFiles.pdf())) {
      BusinessException refusal =
          assertThrows(
              BusinessException.class,
              () -> store.store(FileUse.SPREADSHEET_IMPORT, "人员.xlsx", stream(notAWorkbook)));
      assertEquals("error.file.type", refusal.getMessageKey());
      assertEquals(List.of("XLSX"), List.of(refusal.getArguments()));
    }
    assertEquals(2, rows.all().size());
  }

  @Test
  void contentAttachmentsArePdfsImagesDocumentsAndWorkbooksUpTo20Megabytes() {
    List<byte[]> accepted =
        List.of(
            SampleFiles.pdf(),
            SampleFiles.png(),
            SampleFiles.jpeg(),
            SampleFiles.docx(),
            SampleFiles.xlsx());
    for (byte[] content : accepted) {
      store.store(FileUse.CONTENT_ATTACHMENT, "附件", stream(content));
    }
    assertEquals(
        List.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            FileFormat.DOCX.mediaType(),
            FileFormat.XLSX.mediaType()),
        rows.all().stream().map(StoredFile::getMediaType).toList());
    for (byte[] refused : List.of(SampleFiles.plainZip(), SampleFiles.windowsExecutable())) {
      assertRefused(
          "error.file.type",
          () -> store.store(FileUse.CONTENT_ATTACHMENT, "案例材料.docx", stream(refused)));
    }
    assertEquals(20, FileUse.CONTENT_ATTACHMENT.maxMegabytes());
  }

  @Test
  void refusesANameWithoutAFileBeforeReadingAnything() throws IOException {
    PdfOfLength content = new PdfOfLength(100);

    assertRefused(
        "error.field.required",
        () -> store.store(FileUse.APPOINTMENT_DOCUMENT, "C:\\scans\\", content));
    assertEquals(0, content.read);
    assertNoTempFiles();
  }

  @Test
  void saysWhichFileIsMissingWhenItsContentIsGoneFromTheDisk() throws IOException {
    StoredFile stored =
        store.store(FileUse.APPOINTMENT_DOCUMENT, "任命书.pdf", stream(SampleFiles.pdf()));
    Files.delete(store.blobPath(stored.getSha256()));

    BusinessException refusal = assertThrows(BusinessException.class, () -> store.open(stored));
    assertEquals("error.file.missing", refusal.getMessageKey());
    assertEquals(List.of("任命书.pdf"), List.of(refusal.getArguments()));
  }

  private void assertNoTempFiles() throws IOException {
    Path temp = dataDir.resolve("tmp");
    if (Files.exists(temp)) {
      try (Stream<Path> left = Files.list(temp)) {
        assertEquals(List.of(), left.toList());
      }
    }
  }

  /** The names of the files under files/, which are their SHA-256. */
  private List<String> filesOnDisk() throws IOException {
    Path files = dataDir.resolve("files");
    if (!Files.exists(files)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(files)) {
      return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void assertRefused(String key, Runnable action) {
    assertEquals(key, assertThrows(BusinessException.class, action::run).getMessageKey());
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PDF header followed by zeros up to {@code length} bytes, made as it is read. */
  private static final class PdfOfLength extends InputStream {

    private static final byte[] HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    private final long length;
    long read;

    PdfOfLength(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - read);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = read + i < HEADER.length ? HEADER[(int) (read + i)] : 0;
      }
      read += n;
      return n;
    }
  }
}
