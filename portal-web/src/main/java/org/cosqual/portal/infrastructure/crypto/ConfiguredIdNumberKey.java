package org.cosqual.portal.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.cosqual.personnel.application.DataDirectory;
import org.cosqual.personnel.application.IdNumberCipherSuite;
import org.cosqual.personnel.application.IdNumberKeySource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The id-number master key from {@code cosqual.idnumber.key} (environment COSQUAL_IDNUMBER_KEY,
 * base64 of at least 32 random bytes) and the suite from {@code cosqual.idnumber.cipher}. Without a
 * configured key, the demo makes one once in {@code <data dir>/keys/idnumber.key}; a production
 * start (COSQUAL_DEMO=false) refuses to run without one, since numbers encrypted with a lost key
 * are lost too.
 */
@ApplicationScoped
public class ConfiguredIdNumberKey implements IdNumberKeySource {

  static final int KEY_BYTES = 32;
  private static final Logger LOG = Logger.getLogger(ConfiguredIdNumberKey.class.getName());

  @Inject
  @ConfigProperty(name = "cosqual.idnumber.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "cosqual.idnumber.cipher", defaultValue = "AES_GCM_HMAC_SHA256")
  IdNumberCipherSuite suite;

  @Inject
  @ConfigProperty(name = "cosqual.demo", defaultValue = "true")
  boolean demo;

  @Inject DataDirectory dataDirectory;

  private byte[] key;

  @PostConstruct
  void load() {
    if (suite == IdNumberCipherSuite.SM4_GCM_HMAC_SM3
        && Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
    key = configuredKey.filter(k -> !k.isBlank()).map(ConfiguredIdNumberKey::decode).orElse(null);
    if (key == null) {
      if (!demo) {
        throw new IllegalStateException(
            "Set COSQUAL_IDNUMBER_KEY (base64 of " + KEY_BYTES + " random bytes) to start");
      }
      key = demoKey(keyFile());
    }
  }

  private static byte[] decode(String base64) {
    byte[] decoded = Base64.getDecoder().decode(base64.strip());
    if (decoded.length < KEY_BYTES) {
      throw new IllegalStateException(
          "COSQUAL_IDNUMBER_KEY must hold at least " + KEY_BYTES + " bytes");
    }
    return decoded;
  }

  private Path keyFile() {
    return dataDirectory.root().resolve("keys").resolve("idnumber.key");
  }

  /** The demo key, made once; later starts read it back so earlier numbers stay readable. */
  static byte[] demoKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.writeString(
              Files.createFile(
                  file,
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------"))),
              Base64.getEncoder().encodeToString(fresh));
          LOG.info("Made a demo id-number key in " + file);
        } catch (FileAlreadyExistsException raced) {
          // another start made it first: read theirs
        }
      }
      return decode(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make the demo id-number key " + file, e);
    }
  }

  @Override
  public byte[] masterKey() {
    return key.clone();
  }

  @Override
  public IdNumberCipherSuite suite() {
    return suite;
  }
}
