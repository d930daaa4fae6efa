package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalEnvironmentTest {

  private static final Path HOME = Path.of("/home/alice/.cosqual");

  @Test
  void withoutDatabaseUrlTheEmbeddedDatabaseIsWiredIn() {
    PortalEnvironment environment = new PortalEnvironment(Map.of(), HOME);

    assertFalse(environment.hasExternalDatabase());
    assertEquals(
        Map.of(
            "COSQUAL_DB_URL", "jdbc:mariadb://127.0.0.1:3307/cosqual",
            "COSQUAL_DB_USER", "root",
            "COSQUAL_DB_PASSWORD", "",
            "COSQUAL_DATA_DIR", "/home/alice/.cosqual/data"),
        environment.forEmbeddedDatabase("jdbc:mariadb://127.0.0.1:3307/cosqual", "root", ""));
    assertEquals(
        Path.of("/home/alice/.cosqual/mariadb/data"), environment.embeddedDatabaseDataDir());
  }

  @Test
  void aBlankDatabaseUrlCountsAsUnset() {
    assertFalse(new PortalEnvironment(Map.of("COSQUAL_DB_URL", " "), HOME).hasExternalDatabase());
  }

  @Test
  void aGivenDatabaseAndDataFolderAreLeftAsTheyAre() {
    PortalEnvironment environment =
        new PortalEnvironment(
            Map.of(
                "COSQUAL_DB_URL", "jdbc:mariadb://db.example:3306/cosqual",
                "COSQUAL_DATA_DIR", "/srv/cosqual/files"),
            HOME);

    assertTrue(environment.hasExternalDatabase());
    assertEquals(
        Map.of("COSQUAL_DATA_DIR", "/srv/cosqual/files"), environment.forExternalDatabase());
  }

  @Test
  void uploadedFilesDefaultToTheHomeFolder() {
    PortalEnvironment environment =
        new PortalEnvironment(Map.of("COSQUAL_DB_URL", "jdbc:mariadb://db/x"), HOME);

    assertEquals(
        Map.of("COSQUAL_DATA_DIR", "/home/alice/.cosqual/data"), environment.forExternalDatabase());
  }
}
