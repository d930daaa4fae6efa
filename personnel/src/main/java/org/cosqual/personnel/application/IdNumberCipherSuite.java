package org.cosqual.personnel.application;

/**
 * The cipher and keyed hash for id numbers: AES-GCM with HMAC-SHA256 by default, or SM4-GCM with
 * HMAC-SM3 for 密评 (through BouncyCastle, which the web tier registers). The prefix marks each
 * stored cipher text with the suite that made it.
 */
public enum IdNumberCipherSuite {
  AES_GCM_HMAC_SHA256("A1", "AES", "AES/GCM/NoPadding", "HmacSHA256", 32),
  SM4_GCM_HMAC_SM3("S1", "SM4", "SM4/GCM/NoPadding", "HmacSM3", 16);

  private final String prefix;
  private final String keyAlgorithm;
  private final String transformation;
  private final String macAlgorithm;
  private final int keyBytes;

  IdNumberCipherSuite(
      String prefix,
      String keyAlgorithm,
      String transformation,
      String macAlgorithm,
      int keyBytes) {
    this.prefix = prefix;
    this.keyAlgorithm = keyAlgorithm;
    this.transformation = transformation;
    this.macAlgorithm = macAlgorithm;
    this.keyBytes = keyBytes;
  }

  public String prefix() {
    return prefix;
  }

  public String keyAlgorithm() {
    return keyAlgorithm;
  }

  public String transformation() {
    return transformation;
  }

  public String macAlgorithm() {
    return macAlgorithm;
  }

  public int keyBytes() {
    return keyBytes;
  }
}
