package org.cosqual.personnel.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Security;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.cosqual.personnel.application.IdNumberCipherSuite;
import org.cosqual.personnel.application.IdNumberKeySource;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.ProtectedIdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both suites, the default AES one and the SM4/SM3 one through BouncyCastle as the web tier has.
 */
class KeyedIdNumberProtectorTest {

  /** Made-up numbers with check characters computed by a separate script. */
  private static final IdNumber WANG = IdNumber.of(IdType.RESIDENT_ID_CARD, "640104198003150036");

  private static final IdNumber LI = IdNumber.of(IdType.RESIDENT_ID_CARD, "640104198507220042");

  /** A Hong Kong resident's permit number (made up the same way). */
  private static final String PERMIT = "810000198003150037";

  /** The same characters as another kind of document: another number, another hash. */
  private static final IdNumber PERMIT_AS_PERMIT =
      IdNumber.of(IdType.HK_MACAO_TAIWAN_PERMIT, PERMIT);

  private static final IdNumber PERMIT_AS_RESIDENT = IdNumber.of(IdType.RESIDENT_ID_CARD, PERMIT);

  @BeforeAll
  static void registerBouncyCastle() {
    if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
  }

  private static byte[] key(int length, int seed) {
    byte[] key = new byte[length];
    for (int i = 0; i < length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return key;
  }

  private static KeyedIdNumberProtector protector(IdNumberCipherSuite suite, byte[] key) {
    return new KeyedIdNumberProtector(
        new IdNumberKeySource() {
          @Override
          public byte[] masterKey() {
            return key == null ? null : key.clone();
          }

          @Override
          public IdNumberCipherSuite suite() {
            return suite;
          }
        });
  }

  private static KeyedIdNumberProtector protector(IdNumberCipherSuite suite) {
    return protector(suite, key(32, 1));
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void aProtectedNumberIsRevealedAsItWas(IdNumberCipherSuite suite) {
    KeyedIdNumberProtector protector = protector(suite);
    ProtectedIdNumber stored = protector.protect(WANG);
    assertEquals(WANG, protector.reveal(stored));
    assertEquals(IdType.RESIDENT_ID_CARD, stored.type());
    assertEquals("640***********0036", stored.masked());
    assertTrue(stored.cipherText().startsWith(suite.prefix() + ":"), stored.cipherText());
    assertFalse(stored.cipherText().contains(WANG.value()));
    assertTrue(stored.cipherText().length() <= 120, "fits its column");
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void theHashFindsTheSameNumberAndTellsOthersApart(IdNumberCipherSuite suite) {
    KeyedIdNumberProtector protector = protector(suite);
    String hash = protector.hashOf(WANG);
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, protector.protect(WANG).hash());
    assertEquals(hash, protector(suite).hashOf(IdNumber.of(IdType.RESIDENT_ID_CARD, WANG.value())));
    assertNotEquals(hash, protector.hashOf(LI));
    assertNotEquals(
        protector.hashOf(PERMIT_AS_PERMIT),
        protector.hashOf(PERMIT_AS_RESIDENT),
        "the type is part of what is hashed");
    assertNotEquals(hash, protector(suite, key(32, 2)).hashOf(WANG), "the hash is keyed");
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void twoEncryptionsOfOneNumberDifferButAreTheSameNumber(IdNumberCipherSuite suite) {
    KeyedIdNumberProtector protector = protector(suite);
    ProtectedIdNumber once = protector.protect(WANG);
    ProtectedIdNumber twice = protector.protect(WANG);
    assertNotEquals(once.cipherText(), twice.cipherText(), "a fresh nonce each time");
    assertTrue(once.sameNumberAs(twice));
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void aTamperedCipherTextIsNotRevealed(IdNumberCipherSuite suite) {
    KeyedIdNumberProtector protector = protector(suite);
    ProtectedIdNumber stored = protector.protect(WANG);
    String prefix = suite.prefix() + ":";
    byte[] packed = Base64.getDecoder().decode(stored.cipherText().substring(prefix.length()));
    packed[packed.length / 2] ^= 1;
    ProtectedIdNumber tampered =
        new ProtectedIdNumber(
            stored.type(),
            stored.masked(),
            prefix + Base64.getEncoder().encodeToString(packed),
            stored.hash());
    assertThrows(IllegalStateException.class, () -> protector.reveal(tampered));
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void theTypeIsAuthenticatedWithTheNumber(IdNumberCipherSuite suite) {
    KeyedIdNumberProtector protector = protector(suite);
    ProtectedIdNumber stored = protector.protect(PERMIT_AS_RESIDENT);
    assertEquals(PERMIT_AS_RESIDENT, protector.reveal(stored));
    ProtectedIdNumber retyped =
        new ProtectedIdNumber(
            IdType.HK_MACAO_TAIWAN_PERMIT, stored.masked(), stored.cipherText(), stored.hash());
    assertThrows(IllegalStateException.class, () -> protector.reveal(retyped));
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void anotherKeyDoesNotReveal(IdNumberCipherSuite suite) {
    ProtectedIdNumber stored = protector(suite).protect(WANG);
    assertThrows(IllegalStateException.class, () -> protector(suite, key(32, 2)).reveal(stored));
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void aNumberOfTheOtherSuiteIsNotRevealed(IdNumberCipherSuite suite) {
    IdNumberCipherSuite other =
        suite == IdNumberCipherSuite.AES_GCM_HMAC_SHA256
            ? IdNumberCipherSuite.SM4_GCM_HMAC_SM3
            : IdNumberCipherSuite.AES_GCM_HMAC_SHA256;
    ProtectedIdNumber stored = protector(other).protect(WANG);
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> protector(suite).reveal(stored));
    assertFalse(refused.getMessage().contains(WANG.value()), "the message shows it masked");
  }

  @ParameterizedTest
  @EnumSource(IdNumberCipherSuite.class)
  void aKeyShorterThan32BytesIsRefused(IdNumberCipherSuite suite) {
    assertThrows(IllegalStateException.class, () -> protector(suite, key(31, 1)));
    assertThrows(IllegalStateException.class, () -> protector(suite, null));
    assertEquals(
        WANG, protector(suite, key(64, 1)).reveal(protector(suite, key(64, 1)).protect(WANG)));
  }
}
