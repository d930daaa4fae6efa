package org.cosqual.deploy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The COSQUAL_* environment variables the portal reads, and the defaults the local launcher gives
 * them.
 */
final class PortalEnvironment {

  static final String DB_URL = "COSQUAL_DB_URL";
  static final String DB_USER = "COSQUAL_DB_USER";
  static final String DB_PASSWORD = "COSQUAL_DB_PASSWORD";
  static final String DATA_DIR = "COSQUAL_DATA_DIR";

  private final Map<String, String> environment;
  private final Path home;

  /**
   * @param environment the launcher's own environment
   * @param home the launcher's folder for local state ({@code ~/.cosqual})
   */
  PortalEnvironment(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = home;
  }

  boolean hasExternalDatabase() {
    return !isBlank(environment.get(DB_URL));
  }

  String externalDatabaseUrl() {
    return environment.get(DB_URL);
  }

  Path dataDir() {
    String configured = environment.get(DATA_DIR);
    return isBlank(configured) ? home.resolve("data") : Path.of(configured);
  }

  Path embeddedDatabaseDataDir() {
    return home.resolve("mariadb").resolve("data");
  }

  Path embeddedDatabaseBinaries() {
    return home.resolve("mariadb").resolve("bin");
  }

  /** Variables to set for the portal process when it uses the database given in the environment. */
  Map<String, String> forExternalDatabase() {
    return Map.of(DATA_DIR, dataDir().toString());
  }

  /** Variables to set for the portal process when it uses the embedded database. */
  Map<String, String> forEmbeddedDatabase(String jdbcUrl, String user, String password) {
    Map<String, String> variables = new HashMap<>();
    variables.put(DB_URL, jdbcUrl);
    variables.put(DB_USER, user);
    variables.put(DB_PASSWORD, password);
    variables.put(DATA_DIR, dataDir().toString());
    return variables;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
