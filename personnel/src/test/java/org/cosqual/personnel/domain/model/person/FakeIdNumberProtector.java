package org.cosqual.personnel.domain.model.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A transparent protector: the "cipher text" is the number in Base64 and the hash a plain SHA-256
 * of type and number, so tests can tell numbers apart without keys. It counts the reveals.
 */
public class FakeIdNumberProtector implements IdNumberProtector {

  private static final String PREFIX = "fake:";
  private int reveals;

  @Override
  public ProtectedIdNumber protect(IdNumber number) {
    String cipher =
        PREFIX
            + Base64.getEncoder().encodeToString(number.value().getBytes(StandardCharsets.UTF_8));
    return new ProtectedIdNumber(number.type(), number.masked(), cipher, hashOf(number));
  }

  @Override
  public String hashOf(IdNumber number) {
    try {
      byte[] input = (number.type() + ":" + number.value()).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public IdNumber reveal(ProtectedIdNumber stored) {
    reveals++;
    String encoded = stored.cipherText().substring(PREFIX.length());
    return IdNumber.of(
        stored.type(), new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
  }

  public int reveals() {
    return reveals;
  }
}
