package org.cosqual.personnel.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical serialisation and SHA-256 hash of an audit entry. Fields go in a fixed order, each
 * as its UTF-8 byte length, a colon and its bytes, so no field value can imitate a separator; the
 * time is UTC with exactly six fraction digits.
 */
public final class AuditHash {

  /** The previous hash of the first entry of a chain. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter MICROS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditHash() {}

  public static String canonicalForm(AuditEntry e) {
    StringBuilder out = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(e.getSeq()),
          MICROS_UTC.format(e.getOccurredAt()),
          e.getActor(),
          e.getAction().name(),
          e.getTarget(),
          e.getDetail(),
          e.getRemoteAddress(),
          e.getPrevHash()
        }) {
      out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
    }
    return out.toString();
  }

  public static String of(AuditEntry entry) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonicalForm(entry).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
