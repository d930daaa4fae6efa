package org.cosqual.personnel.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.cosqual.personnel.application.IdNumberCipherSuite;
import org.cosqual.personnel.application.IdNumberKeySource;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.ProtectedIdNumber;

/**
 * Encrypts with a fresh 96-bit nonce per number (the id type is authenticated with it) and hashes
 * with a separate key, both derived from one master key, so the hash reveals nothing the cipher
 * would not and one key rotation changes both.
 */
@ApplicationScoped
public class KeyedIdNumberProtector implements IdNumberProtector {

  static final int MIN_MASTER_KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String SEPARATOR = ":";

  @Inject IdNumberKeySource keySource;

  private final SecureRandom random = new SecureRandom();
  private IdNumberCipherSuite suite;
  private SecretKeySpec encryptionKey;
  private SecretKeySpec hashKey;

  public KeyedIdNumberProtector() {}

  KeyedIdNumberProtector(IdNumberKeySource keySource) {
    this.keySource = keySource;
    deriveKeys();
  }

  @PostConstruct
  void deriveKeys() {
    byte[] master = keySource.masterKey();
    if (master == null || master.length < MIN_MASTER_KEY_BYTES) {
      throw new IllegalStateException(
          "The id-number key must have at least " + MIN_MASTER_KEY_BYTES + " bytes");
    }
    suite = keySource.suite();
    byte[] encryption = derive(master, "cosqual id number encryption");
    encryptionKey =
        new SecretKeySpec(Arrays.copyOf(encryption, suite.keyBytes()), suite.keyAlgorithm());
    hashKey = new SecretKeySpec(derive(master, "cosqual id number hash"), suite.macAlgorithm());
  }

  private byte[] derive(byte[] master, String purpose) {
    try {
      Mac mac = Mac.getInstance(suite.macAlgorithm());
      mac.init(new SecretKeySpec(master, suite.macAlgorithm()));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot derive the id-number keys with " + suite, e);
    }
  }

  @Override
  public ProtectedIdNumber protect(IdNumber number) {
    return new ProtectedIdNumber(number.type(), number.masked(), encrypt(number), hashOf(number));
  }

  @Override
  public String hashOf(IdNumber number) {
    try {
      Mac mac = Mac.getInstance(suite.macAlgorithm());
      mac.init(hashKey);
      byte[] input = (number.type() + SEPARATOR + number.value()).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(mac.doFinal(input));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public IdNumber reveal(ProtectedIdNumber stored) {
    String text = stored.cipherText();
    int colon = text.indexOf(SEPARATOR);
    if (colon < 0 || !text.substring(0, colon).equals(suite.prefix())) {
      throw new IllegalStateException("Id number encrypted with another suite: " + stored);
    }
    byte[] packed = Base64.getDecoder().decode(text.substring(colon + 1));
    try {
      Cipher cipher = Cipher.getInstance(suite.transformation());
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, packed, 0, NONCE_BYTES));
      cipher.updateAAD(aad(stored.type()));
      byte[] plain = cipher.doFinal(packed, NONCE_BYTES, packed.length - NONCE_BYTES);
      return IdNumber.of(stored.type(), new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt id number " + stored, e);
    }
  }

  private String encrypt(IdNumber number) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(suite.transformation());
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(number.type()));
      byte[] sealed = cipher.doFinal(number.value().getBytes(StandardCharsets.UTF_8));
      byte[] packed =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return suite.prefix() + SEPARATOR + Base64.getEncoder().encodeToString(packed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt id number " + number, e);
    }
  }

  private static byte[] aad(IdType type) {
    return type.name().getBytes(StandardCharsets.UTF_8);
  }
}
