package org.cosqual.personnel.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  private static final Instant AT = Instant.parse("2024-01-02T03:04:05.000007Z");

  private static AuditEntry entry(
      long seq,
      Instant at,
      String actor,
      AuditAction action,
      String target,
      String detail,
      String address) {
    return new AuditEntry(
        seq, at, new AuditRecord(actor, action, target, detail, address), AuditHash.GENESIS);
  }

  private static AuditEntry signIn() {
    return entry(1, AT, "alice", AuditAction.SIGN_IN, "account:alice", "", "127.0.0.1");
  }

  private static String sha256Hex(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The Chinese sample lives in a UTF-8 data file, not in Java source. */
  private static String chineseSample() throws IOException {
    try (InputStream in = AuditHashTest.class.getResourceAsStream("chinese-detail.txt")) {
      assertNotNull(in, "chinese-detail.txt is missing from the test resources");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void canonicalFormIsLengthPrefixedFieldsInFixedOrder() {
    assertEquals(
        "1:1"
            + "27:2024-01-02T03:04:05.000007Z"
            + "5:alice"
            + "7:SIGN_IN"
            + "13:account:alice"
            + "0:"
            + "9:127.0.0.1"
            + "64:"
            + "0".repeat(64),
        AuditHash.canonicalForm(signIn()));
  }

  @Test
  void hashIsTheKnownSha256OfTheCanonicalForm() {
    // Computed outside Java (Python hashlib) from the canonical form above: if this changes, every
    // chain already stored would fail verification.
    assertEquals(
        "064f4a3b436eb8f3a989eb2e5fe0c34a9d6bf473816ca9660011b2616a4b963a", AuditHash.of(signIn()));
    assertEquals(AuditHash.of(signIn()), signIn().getHash());
  }

  @Test
  void canonicalFormAndHashAreStableAcrossCallsAndEqualEntries() {
    AuditEntry entry = signIn();
    assertEquals(AuditHash.canonicalForm(entry), AuditHash.canonicalForm(entry));
    assertEquals(AuditHash.of(entry), AuditHash.of(signIn()));
    assertEquals(64, entry.getHash().length());
    assertTrue(entry.getHash().matches("[0-9a-f]{64}"));
  }

  @Test
  void everyFieldIsCovered() {
    String base = AuditHash.of(signIn());
    assertNotEquals(
        base,
        AuditHash.of(entry(2, AT, "alice", AuditAction.SIGN_IN, "account:alice", "", "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(
            entry(
                1,
                AT.plusNanos(1000),
                "alice",
                AuditAction.SIGN_IN,
                "account:alice",
                "",
                "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(entry(1, AT, "alicf", AuditAction.SIGN_IN, "account:alice", "", "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(
            entry(1, AT, "alice", AuditAction.SIGN_OUT, "account:alice", "", "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(entry(1, AT, "alice", AuditAction.SIGN_IN, "account:alicf", "", "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(
            entry(1, AT, "alice", AuditAction.SIGN_IN, "account:alice", " ", "127.0.0.1")));
    assertNotEquals(
        base,
        AuditHash.of(entry(1, AT, "alice", AuditAction.SIGN_IN, "account:alice", "", "127.0.0.2")));
    AuditEntry otherPrev =
        new AuditEntry(
            1,
            AT,
            new AuditRecord("alice", AuditAction.SIGN_IN, "account:alice", "", "127.0.0.1"),
            "f".repeat(64));
    assertNotEquals(base, AuditHash.of(otherPrev));
  }

  @Test
  void wholeSecondsStillHaveSixFractionDigits() {
    AuditEntry entry =
        entry(1, Instant.parse("2024-01-02T03:04:05Z"), "a", AuditAction.SIGN_IN, "t", "", "");
    assertTrue(
        AuditHash.canonicalForm(entry).startsWith("1:127:2024-01-02T03:04:05.000000Z1:a"),
        AuditHash.canonicalForm(entry));
  }

  @Test
  void nanosecondsAreTruncatedToMicroseconds() {
    AuditEntry entry =
        entry(
            1,
            Instant.parse("2024-01-02T03:04:05.123456999Z"),
            "a",
            AuditAction.SIGN_IN,
            "t",
            "",
            "");
    assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), entry.getOccurredAt());
    assertTrue(AuditHash.canonicalForm(entry).contains("27:2024-01-02T03:04:05.123456Z"));
  }

  @Test
  void timestampIsWrittenInUtcWhateverTheDefaultTimeZone() throws Exception {
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    // A fresh copy of the audit classes, initialised while the default zone is Beijing time, so a
    // formatter that captured the default zone would show 11:04 instead of 03:04.
    try (URLClassLoader fresh =
        new URLClassLoader(
            new URL[] {codeSource(AuditHash.class), codeSource(jakarta.persistence.Entity.class)},
            ClassLoader.getPlatformClassLoader())) {
      Class<?> actionType = fresh.loadClass(AuditAction.class.getName());
      Class<?> recordType = fresh.loadClass(AuditRecord.class.getName());
      Class<?> entryType = fresh.loadClass(AuditEntry.class.getName());
      Object action = actionType.getMethod("valueOf", String.class).invoke(null, "SIGN_IN");
      Object record =
          recordType
              .getConstructor(String.class, actionType, String.class, String.class, String.class)
              .newInstance("alice", action, "account:alice", "", "127.0.0.1");
      Instant beijingMorning =
          ZonedDateTime.of(2024, 1, 2, 11, 4, 5, 7000, ZoneId.of("Asia/Shanghai")).toInstant();
      Object entry =
          entryType
              .getConstructor(long.class, Instant.class, recordType, String.class)
              .newInstance(1L, beijingMorning, record, AuditHash.GENESIS);

      String canonical =
          (String)
              fresh
                  .loadClass(AuditHash.class.getName())
                  .getMethod("canonicalForm", entryType)
                  .invoke(null, entry);

      assertTrue(canonical.contains("27:2024-01-02T03:04:05.000007Z"), canonical);
      assertEquals(AuditHash.canonicalForm(signIn()), canonical);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  private static URL codeSource(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void separatorInsideAFieldCannotImitateADifferentSplit() {
    // Both entries carry the same characters across target, detail and address; only the split
    // differs, and the second one's detail even looks like a length-prefixed field.
    AuditEntry a = entry(1, AT, "alice", AuditAction.SIGN_IN, "x", "3:abc", "");
    AuditEntry b = entry(1, AT, "alice", AuditAction.SIGN_IN, "x3:abc", "", "");
    AuditEntry c = entry(1, AT, "alice", AuditAction.SIGN_IN, "x", "3:", "abc");

    assertEquals(
        a.getTarget() + a.getDetail() + a.getRemoteAddress(),
        b.getTarget() + b.getDetail() + b.getRemoteAddress());
    assertEquals(
        a.getTarget() + a.getDetail() + a.getRemoteAddress(),
        c.getTarget() + c.getDetail() + c.getRemoteAddress());

    assertNotEquals(AuditHash.canonicalForm(a), AuditHash.canonicalForm(b));
    assertNotEquals(AuditHash.canonicalForm(a), AuditHash.canonicalForm(c));
    assertNotEquals(AuditHash.canonicalForm(b), AuditHash.canonicalForm(c));
    assertNotEquals(a.getHash(), b.getHash());
    assertNotEquals(a.getHash(), c.getHash());
    assertNotEquals(b.getHash(), c.getHash());
  }

  @Test
  void detailHoldingAnotherEntrysSerialisedFieldsDoesNotCollideWithIt() {
    // b's detail is the literal serialisation of a's detail and address fields ("0:" +
    // "9:127.0.0.1").
    AuditEntry a = entry(1, AT, "alice", AuditAction.SIGN_IN, "t", "", "127.0.0.1");
    AuditEntry b = entry(1, AT, "alice", AuditAction.SIGN_IN, "t", "0:9:127.0.0.1", "");

    assertNotEquals(AuditHash.canonicalForm(a), AuditHash.canonicalForm(b));
    assertNotEquals(a.getHash(), b.getHash());
  }

  @Test
  void chineseTextIsLengthPrefixedInUtf8Bytes() throws IOException {
    String zh = chineseSample();
    assertEquals(10, zh.length());
    AuditEntry entry =
        entry(7, AT, "alice", AuditAction.ACCOUNT_CREATED, "account:bob", zh, "127.0.0.1");

    assertTrue(
        AuditHash.canonicalForm(entry).contains("30:" + zh + "9:127.0.0.1"),
        "ten CJK characters are 30 UTF-8 bytes");
  }

  @Test
  void chineseTextIsHashedAsUtf8() throws Exception {
    String zh = chineseSample();
    AuditEntry entry =
        entry(7, AT, "alice", AuditAction.ACCOUNT_CREATED, "account:bob", zh, "127.0.0.1");
    byte[] canonical = AuditHash.canonicalForm(entry).getBytes(StandardCharsets.UTF_8);

    assertEquals(sha256Hex(canonical), entry.getHash());
    // Known value computed outside Java (Python hashlib over the UTF-8 bytes).
    assertEquals(
        "bae7e6a8b1efa35a45257daedfcccd201a5ce0580ad62b34eda6f2902c265d04", entry.getHash());
    assertNotEquals(
        sha256Hex(AuditHash.canonicalForm(entry).getBytes(Charset.forName("GB18030"))),
        entry.getHash());
    assertNotEquals(
        sha256Hex(AuditHash.canonicalForm(entry).getBytes(StandardCharsets.UTF_16)),
        entry.getHash());
  }
}
