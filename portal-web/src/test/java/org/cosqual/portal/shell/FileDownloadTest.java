package org.cosqual.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.junit.jupiter.api.Test;

class FileDownloadTest {

  private static StoredFile pdf(String name) {
    return new StoredFile(
        "0".repeat(64),
        name,
        FileFormat.PDF,
        1234,
        FileUse.APPOINTMENT_DOCUMENT,
        Instant.EPOCH,
        "entadmin");
  }

  @Test
  void encodesAChineseNameAsUtf8PerRfc5987() {
    Map<String, String> headers = FileDownload.headers(pdf("任命书（2026）.pdf"), true);

    String encoded = "%E4%BB%BB%E5%91%BD%E4%B9%A6%EF%BC%882026%EF%BC%89.pdf";
    assertEquals(
        "attachment;filename=\"" + encoded + "\"; filename*=UTF-8''" + encoded,
        headers.get("Content-Disposition"));
    assertEquals("1234", headers.get("Content-Length"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
  }

  @Test
  void showsInlineWhenAsked() {
    assertEquals(
        "inline;filename=\"scan.pdf\"; filename*=UTF-8''scan.pdf",
        FileDownload.headers(pdf("scan.pdf"), false).get("Content-Disposition"));
  }
}
